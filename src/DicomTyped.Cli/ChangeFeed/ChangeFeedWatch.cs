using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Commands;
using DicomTyped.Client;

namespace DicomTyped.Cli.ChangeFeed;

/// <summary>
/// Reads the change feed from a sequence number to its end and, with <c>--follow</c>, keeps asking for what comes next
/// every <see cref="Interval"/> until Ctrl+C (exit 0). The feed is read from offset <c>from - 1</c>: v1 reads it as the
/// sequence to start after, v2 as entries to skip, the same place where sequences count from 1 without gaps (Azure, the
/// embedded server); entries below <c>from</c> are never printed either way.
/// </summary>
internal sealed record ChangeFeedWatch(long From, int? Limit, bool Follow, bool IncludeMetadata, TimeSpan Interval)
{
    public async Task<int> RunAsync(CommandContext context, ChangeFeedPrinter printer, CancellationToken cancellationToken)
    {
        if (From < 1)
        {
            throw new CommandLineException($"--from must be a sequence number, 1 or more, not {From}.");
        }
        if (Limit is < 1)
        {
            throw new CommandLineException($"--limit must be 1 or more, not {Limit}.");
        }
        using var client = context.CreateClient();
        var last = From - 1;
        var printed = 0;
        try
        {
            while (true)
            {
                var options = new ChangeFeedOptions { Offset = last, IncludeMetadata = IncludeMetadata };
                await foreach (var entry in client.ReadChangeFeedAsync(options, cancellationToken).ConfigureAwait(false))
                {
                    if (entry.Sequence <= last)
                    {
                        continue;
                    }
                    await printer.PrintAsync(entry).ConfigureAwait(false);
                    last = entry.Sequence;
                    if (++printed == Limit)
                    {
                        return 0;
                    }
                }
                if (!Follow)
                {
                    return 0;
                }
                await Task.Delay(Interval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (Follow && cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C (or SIGTERM) is how --follow ends.
            return 0;
        }
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Commands;
using DicomTyped.Client;

namespace DicomTyped.Cli.ChangeFeed;

/// <summary>
/// Reads the change feed from a sequence number to its end and, with <c>--follow</c>, keeps asking for what comes next
/// every <see cref="Interval"/> until Ctrl+C (exit 0). Sequences may have gaps, so where to read from depends on the
/// feed's version: v1's offset is the sequence to start after (<c>from - 1</c>, then the last sequence printed); v2's
/// offset counts entries, so the start is searched for (<see cref="ChangeFeedStart"/>) and then advanced by the entries
/// read. Entries below <c>from</c>, or at or below the last printed, are never printed either way.
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
        var isV1 = client.Options.ChangeFeedVersion == ChangeFeedVersion.V1;
        var last = From - 1;
        var printed = 0;
        try
        {
            // v2: the offset of the next entry to read; v1 reads from the last sequence instead.
            var position = isV1 ? 0 : await ChangeFeedStart.FindV2OffsetAsync(client, From, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var options = new ChangeFeedOptions { Offset = isV1 ? last : position, IncludeMetadata = IncludeMetadata };
                await foreach (var entry in client.ReadChangeFeedAsync(options, cancellationToken).ConfigureAwait(false))
                {
                    position++;
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

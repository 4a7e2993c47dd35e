using System;
using System.CommandLine;
using DicomTyped.Cli.ChangeFeed;

namespace DicomTyped.Cli.Commands;

/// <summary><c>dicomweb changefeed [--from SEQ] [--limit N] [--follow [--interval S]] [--include-metadata] [--json]</c>: the Azure DICOM change feed.</summary>
internal static class ChangeFeedCommand
{
    public static Command Create()
    {
        var from = new Option<long>("--from") { Description = "First sequence number to show", DefaultValueFactory = _ => 1 };
        var limit = new Option<int?>("--limit") { Description = "Stop after this many entries (default: to the end)" };
        var follow = new Option<bool>("--follow") { Description = "Keep polling for new entries until Ctrl+C" };
        var interval = new Option<double>("--interval") { Description = "Seconds between polls with --follow", DefaultValueFactory = _ => 2 };
        var includeMetadata = new Option<bool>("--include-metadata") { Description = "Ask for each instance's DICOM JSON metadata (printed with --json; the count of attributes otherwise)" };
        var json = new Option<bool>("--json") { Description = "One JSON object per line, in the service's change-feed shape" };
        var command = new Command("changefeed", "Print the change feed (creates, updates and deletes of instances), optionally following it")
        {
            from, limit, follow, interval, includeMetadata, json,
        };
        return command.WithAction((context, cancellationToken) =>
        {
            var seconds = context.Get(interval);
            if (!(seconds is > 0 and <= 3600))
            {
                throw new CommandLineException($"--interval must be between 0 and 3600 seconds, not {seconds}.");
            }
            var watch = new ChangeFeedWatch(context.Get(from), context.Get(limit), context.Get(follow), context.Get(includeMetadata), TimeSpan.FromSeconds(seconds));
            return watch.RunAsync(context, new ChangeFeedPrinter(context.Output, context.Get(json)), cancellationToken);
        });
    }
}

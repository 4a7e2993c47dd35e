using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;

namespace DicomTyped.Cli.Conformance;

internal sealed partial class ConformanceRunner
{
    // The feed is read from a little before the run started (clocks differ), then filtered to the suite's study.
    private static readonly TimeSpan ClockAllowance = TimeSpan.FromMinutes(10);

    private DateTimeOffset? ChangeFeedStart() => Capabilities.ChangeFeed is null ? DateTimeOffset.UtcNow - ClockAllowance : null;

    private async Task ChangeFeedCreateCheckAsync(DateTimeOffset? start, CancellationToken cancellationToken)
    {
        const string title = "The change feed has a Create entry for each instance stored";
        if (start is null)
        {
            NotSupported("changefeed.create", "changefeed", title, Capabilities.ChangeFeed ?? "");
            return;
        }
        var stored = _stored.Select(i => i.Instance).ToList();
        await CheckAsync("changefeed.create", "changefeed", title, $"Create entries for {List(stored)}", async ct =>
        {
            var entries = await OurChangesAsync(start.Value, ct).ConfigureAwait(false);
            var created = entries.Where(e => e.Action == ChangeFeedAction.Create).Select(e => e.SopInstanceUid).ToHashSet();
            var missing = stored.Where(u => !created.Contains(u)).ToList();
            return CheckVerdict.When(missing.Count == 0, $"{created.Count} Create entries", $"Create entries for {List(stored)}",
                $"{entries.Count} entries for the study; no Create for {List(missing)}");
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task ChangeFeedDeleteCheckAsync(DateTimeOffset? start, CancellationToken cancellationToken)
    {
        const string title = "The change feed has a Delete entry for each instance deleted";
        if (start is null)
        {
            NotSupported("changefeed.delete", "changefeed", title, Capabilities.ChangeFeed ?? "");
            return;
        }
        if (Capabilities.Delete is { } noDelete)
        {
            NotSupported("changefeed.delete", "changefeed", title, noDelete);
            return;
        }
        if (_deleted.Count == 0)
        {
            // The profile promises delete, but none succeeded: there is nothing the feed could show, which is a failure.
            Add(new CheckResult("changefeed.delete", "changefeed", title, CheckOutcome.Fail, "", "Delete entries for the instances deleted",
                "no delete succeeded (see the delete checks), so there was nothing to look for", System.TimeSpan.Zero));
            return;
        }
        var deleted = _deleted.Select(i => i.Instance).ToList();
        await CheckAsync("changefeed.delete", "changefeed", title, $"Delete entries for {List(deleted)}", async ct =>
        {
            var entries = await OurChangesAsync(start.Value, ct).ConfigureAwait(false);
            var gone = entries.Where(e => e.Action == ChangeFeedAction.Delete).Select(e => e.SopInstanceUid).ToHashSet();
            var missing = deleted.Where(u => !gone.Contains(u)).ToList();
            return CheckVerdict.When(missing.Count == 0, $"{gone.Count} Delete entries", $"Delete entries for {List(deleted)}",
                $"{entries.Count} entries for the study; no Delete for {List(missing)}");
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<ChangeFeedEntry>> OurChangesAsync(DateTimeOffset start, CancellationToken cancellationToken)
    {
        var entries = new List<ChangeFeedEntry>();
        await foreach (var entry in _client.ReadChangeFeedAsync(new ChangeFeedOptions { StartTime = start, IncludeMetadata = false }, cancellationToken).ConfigureAwait(false))
        {
            if (entry.StudyInstanceUid == _study.Study)
            {
                entries.Add(entry);
            }
        }
        return entries;
    }
}

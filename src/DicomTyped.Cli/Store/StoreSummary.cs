using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DicomTyped.Cli.Transfer;

namespace DicomTyped.Cli.Store;

/// <summary>What a store run did: every file's outcome, and how many the manifest let it skip.</summary>
internal sealed record StoreSummary(IReadOnlyList<StoreOutcome> Outcomes, int Skipped, TimeSpan Elapsed)
{
    public int Count(StoreOutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);

    public bool AnyFailed => Outcomes.Any(o => o.Kind == StoreOutcomeKind.Failed);

    /// <summary>
    /// The summary lines: counts first (stored includes stored-with-warning), then each failure and warning with its file
    /// and reason in words.
    /// </summary>
    public void Write(TextWriter output)
    {
        var storedBytes = Outcomes.Where(o => o.Kind is StoreOutcomeKind.Stored or StoreOutcomeKind.Warned).Sum(o => o.File.Length);
        var seconds = Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine($"Stored: {Count(StoreOutcomeKind.Stored) + Count(StoreOutcomeKind.Warned)} ({ByteSize.Format(storedBytes)} in {seconds} s)");
        output.WriteLine($"Already present: {Count(StoreOutcomeKind.AlreadyPresent)}");
        output.WriteLine($"Warned: {Count(StoreOutcomeKind.Warned)}");
        output.WriteLine($"Failed: {Count(StoreOutcomeKind.Failed)}");
        if (Skipped > 0)
        {
            output.WriteLine($"Skipped (recorded as stored by the manifest): {Skipped}");
        }
        foreach (var outcome in Outcomes.Where(o => o.Kind == StoreOutcomeKind.Failed))
        {
            output.WriteLine($"  failed  {outcome.File.Path}: {outcome.Reason}");
        }
        foreach (var outcome in Outcomes.Where(o => o.Kind == StoreOutcomeKind.Warned))
        {
            output.WriteLine($"  warned  {outcome.File.Path}: {outcome.Reason}");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace DicomTyped.Cli.Conformance;

/// <summary>The outcome of one run of the suite against one server.</summary>
/// <param name="Target">The service's base URL as run against.</param>
/// <param name="Profile">The profile the answers were judged against.</param>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="Duration">How long it took, cleanup included.</param>
/// <param name="Checks">Every check, in the order run.</param>
/// <param name="Cleanup">What became of what the suite stored.</param>
internal sealed record ConformanceReport(string Target, ConformanceProfile Profile, DateTimeOffset StartedAt, TimeSpan Duration, IReadOnlyList<CheckResult> Checks, IReadOnlyList<CleanupNote> Cleanup)
{
    public int Passed => Checks.Count(c => c.Outcome == CheckOutcome.Pass);

    public int Failed => Checks.Count(c => c.Outcome == CheckOutcome.Fail);

    public int NotSupported => Checks.Count(c => c.Outcome == CheckOutcome.NotSupported);

    /// <summary>True when no check failed (not-supported checks do not count against the server).</summary>
    public bool Conforms => Failed == 0;
}

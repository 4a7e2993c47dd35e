using System;

namespace DicomTyped.Cli.Conformance;

/// <summary>One row of the conformance report.</summary>
/// <param name="Id">A stable dotted name, such as <c>search.studies.PatientName.wildcard</c>; the JUnit test case name.</param>
/// <param name="Area">The transaction the check exercises (store, retrieve, metadata, frames, rendered, search, paging, delete, changefeed); the JUnit class name.</param>
/// <param name="Title">What was checked, in words.</param>
/// <param name="Outcome">Pass, fail or not-supported.</param>
/// <param name="Detail">On pass what was seen; on not-supported why (the profile's word).</param>
/// <param name="Expected">On fail: what the profile (or PS3.18) says the answer should be.</param>
/// <param name="Actual">On fail: what the server answered.</param>
/// <param name="Duration">Wall-clock time the check took (zero when not run).</param>
internal sealed record CheckResult(string Id, string Area, string Title, CheckOutcome Outcome, string Detail, string? Expected, string? Actual, TimeSpan Duration)
{
    public static CheckResult NotSupported(string id, string area, string title, string why) =>
        new(id, area, title, CheckOutcome.NotSupported, why, null, null, TimeSpan.Zero);
}

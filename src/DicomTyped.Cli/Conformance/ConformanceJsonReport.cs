using System.IO;
using System.Text.Json;

namespace DicomTyped.Cli.Conformance;

/// <summary>
/// Writes a report as JSON: <c>{ target, profile, startedAt, durationSeconds, summary: { passed, failed, notSupported },
/// checks: [ { id, area, title, outcome: "pass"|"fail"|"not-supported", detail, expected, actual, durationSeconds } ],
/// cleanup: [ { resource, removed, detail } ] }</c>. Written with <see cref="Utf8JsonWriter"/>, so no reflection.
/// </summary>
internal static class ConformanceJsonReport
{
    public static void Write(ConformanceReport report, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("target", report.Target);
        w.WriteString("profile", report.Profile.FileName);
        w.WriteString("profileTitle", report.Profile.Title);
        w.WriteString("startedAt", report.StartedAt);
        w.WriteNumber("durationSeconds", System.Math.Round(report.Duration.TotalSeconds, 3));
        w.WriteStartObject("summary");
        w.WriteNumber("passed", report.Passed);
        w.WriteNumber("failed", report.Failed);
        w.WriteNumber("notSupported", report.NotSupported);
        w.WriteEndObject();
        w.WriteStartArray("checks");
        foreach (var check in report.Checks)
        {
            w.WriteStartObject();
            w.WriteString("id", check.Id);
            w.WriteString("area", check.Area);
            w.WriteString("title", check.Title);
            w.WriteString("outcome", OutcomeName(check.Outcome));
            w.WriteString("detail", check.Detail);
            w.WriteString("expected", check.Expected);
            w.WriteString("actual", check.Actual);
            w.WriteNumber("durationSeconds", System.Math.Round(check.Duration.TotalSeconds, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("cleanup");
        foreach (var note in report.Cleanup)
        {
            w.WriteStartObject();
            w.WriteString("resource", note.Resource);
            w.WriteBoolean("removed", note.Removed);
            w.WriteString("detail", note.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The outcome as the report and the table spell it.</summary>
    public static string OutcomeName(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "pass",
        CheckOutcome.Fail => "fail",
        _ => "not-supported",
    };
}

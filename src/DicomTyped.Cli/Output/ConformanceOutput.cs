using System;
using System.IO;
using System.Linq;
using DicomTyped.Cli.Conformance;
using Spectre.Console;

namespace DicomTyped.Cli.Output;

/// <summary>
/// Prints a conformance report: a table of checks (result, id, what was seen or expected against actual), the counts,
/// and what became of the data the suite stored. A Spectre table on a terminal; aligned plain text otherwise.
/// </summary>
internal static class ConformanceOutput
{
    public static void Write(ConformanceReport report, TextWriter output, bool terminal)
    {
        if (terminal)
        {
            WriteRich(report);
        }
        else
        {
            WritePlain(report, output);
        }
    }

    /// <summary>The one line a check shows: what was seen, why it is not supported, or expected against actual.</summary>
    public static string Line(CheckResult check) => check.Outcome == CheckOutcome.Fail
        ? $"expected {check.Expected}; actual {check.Actual}"
        : check.Detail;

    public static string Summary(ConformanceReport report) =>
        $"{report.Checks.Count} checks: {report.Passed} pass, {report.Failed} fail, {report.NotSupported} not-supported ({report.Duration.TotalSeconds:0.0} s)";

    private static void WritePlain(ConformanceReport report, TextWriter output)
    {
        output.WriteLine($"Conformance of {report.Target} to profile {report.Profile.FileName} ({report.Profile.Title})");
        output.WriteLine();
        var width = Math.Max(5, report.Checks.Select(c => c.Id.Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{"RESULT",-14} {"CHECK".PadRight(width)}  DETAIL");
        foreach (var check in report.Checks)
        {
            output.WriteLine($"{ConformanceJsonReport.OutcomeName(check.Outcome),-14} {check.Id.PadRight(width)}  {Line(check)}");
        }
        output.WriteLine();
        output.WriteLine(Summary(report));
        foreach (var note in report.Cleanup)
        {
            output.WriteLine($"Cleanup: {note.Resource} {(note.Removed ? "removed" : "NOT removed")}: {note.Detail}");
        }
        output.Flush();
    }

    private static void WriteRich(ConformanceReport report)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"Conformance of [bold]{Markup.Escape(report.Target)}[/] to profile [bold]{Markup.Escape(report.Profile.FileName)}[/] ({Markup.Escape(report.Profile.Title)})");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Result").AddColumn("Check").AddColumn("Detail");
        foreach (var check in report.Checks)
        {
            var result = check.Outcome switch
            {
                CheckOutcome.Pass => "[green]pass[/]",
                CheckOutcome.Fail => "[red]fail[/]",
                _ => "[grey]not-supported[/]",
            };
            table.AddRow(result, Markup.Escape(check.Id), Markup.Escape(Line(check)));
        }
        console.Write(table);
        console.MarkupLine(report.Failed == 0 ? $"[green]{Markup.Escape(Summary(report))}[/]" : $"[red]{Markup.Escape(Summary(report))}[/]");
        foreach (var note in report.Cleanup)
        {
            console.MarkupLine(note.Removed
                ? $"Cleanup: {Markup.Escape(note.Resource)} removed: {Markup.Escape(note.Detail)}"
                : $"[yellow]Cleanup: {Markup.Escape(note.Resource)} NOT removed: {Markup.Escape(note.Detail)}[/]");
        }
    }
}

using System.IO;
using DicomTyped.Cli.Tutorial;

namespace DicomTyped.Cli.Output;

/// <summary>Plain text for pipes, files and CI logs: no colour codes, no box drawing, one fact per line.</summary>
internal sealed class PlainTutorialReporter(TextWriter output) : ITutorialReporter
{
    public void Started(string target) => output.WriteLine($"DICOMweb walk-through against {target}");

    public void StepFinished(StepOutcome outcome)
    {
        output.WriteLine();
        output.WriteLine($"[{outcome.Number}/{outcome.Count}] {outcome.Title}");
        foreach (var exchange in outcome.Exchanges)
        {
            output.WriteLine($"  {exchange.Method} {exchange.PathAndQuery}{(exchange.MediaType is null ? "" : $"  ({exchange.MediaType})")} -> {exchange.StatusText}");
        }
        foreach (var check in outcome.Checks)
        {
            output.WriteLine($"  {Mark(check.Passed)} {check.Text}");
        }
        if (outcome.Error is not null)
        {
            output.WriteLine($"  FAIL {outcome.Error}");
        }
        output.WriteLine(outcome.Passed ? "  step passed" : "  step FAILED");
    }

    public void Finished(int passed, int ran, int count)
    {
        output.WriteLine();
        output.WriteLine(TutorialSummary.Text(passed, ran, count));
    }

    private static string Mark(bool? passed) => passed switch
    {
        true => "ok  ",
        false => "FAIL",
        null => "    ",
    };
}

using DicomTyped.Cli.Tutorial;
using Spectre.Console;

namespace DicomTyped.Cli.Output;

/// <summary>The tutorial on a terminal: each step's requests dimmed, checks marked in colour.</summary>
internal sealed class RichTutorialReporter(IAnsiConsole console) : ITutorialReporter
{
    public void Started(string target) => console.MarkupLineInterpolated($"[bold]DICOMweb walk-through[/] against [blue]{target}[/]");

    public void StepFinished(StepOutcome outcome)
    {
        console.WriteLine();
        var mark = outcome.Passed ? "[green]✔[/]" : "[red]✘[/]";
        console.MarkupLine($"{mark} [bold]{outcome.Number}/{outcome.Count}[/] {Markup.Escape(outcome.Title)}");
        foreach (var exchange in outcome.Exchanges)
        {
            var colour = exchange.Status is { } s && (int)s < 400 ? "green" : "red";
            console.MarkupLineInterpolated($"    [grey]{exchange.Method} {exchange.PathAndQuery}[/] [grey]{exchange.MediaType ?? ""}[/] [{colour}]{exchange.StatusText}[/]");
        }
        foreach (var check in outcome.Checks)
        {
            var prefix = check.Passed switch
            {
                true => "[green]✔[/]",
                false => "[red]✘[/]",
                null => "[grey]·[/]",
            };
            console.MarkupLine($"    {prefix} {Markup.Escape(check.Text)}");
        }
        if (outcome.Error is not null)
        {
            console.MarkupLine($"    [red]✘ {Markup.Escape(outcome.Error)}[/]");
        }
    }

    public void Finished(int passed, int ran, int count)
    {
        console.WriteLine();
        var colour = passed == count ? "green" : "red";
        console.MarkupLine($"[{colour} bold]{Markup.Escape(TutorialSummary.Text(passed, ran, count))}[/]");
    }
}

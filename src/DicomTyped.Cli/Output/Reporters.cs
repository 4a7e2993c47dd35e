using System.IO;
using Spectre.Console;

namespace DicomTyped.Cli.Output;

/// <summary>Chooses plain or rich output: rich only when writing to the real console and it is a terminal.</summary>
internal static class Reporters
{
    public static ITutorialReporter ForTutorial(TextWriter output) =>
        IsTerminal(output)
            ? new RichTutorialReporter(AnsiConsole.Console)
            : new PlainTutorialReporter(output);

    /// <summary>True when <paramref name="output"/> is the process's stdout and stdout is not redirected.</summary>
    public static bool IsTerminal(TextWriter output) => Terminal.IsTerminal(output);
}

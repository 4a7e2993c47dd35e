using System;
using System.IO;
using Spectre.Console;

namespace DicomTyped.Cli.Output;

/// <summary>
/// Whether output is for a person: rich (tables, colours, progress) only when writing to the process's stdout and
/// Spectre.Console finds a terminal there; plain text otherwise (a pipe, a file, a test's captured output).
/// </summary>
internal static class Terminal
{
    /// <summary>True when <paramref name="output"/> is the process's stdout and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Out.IsTerminal;
}

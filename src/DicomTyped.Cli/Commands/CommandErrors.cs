using System;
using System.IO;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// The one place where a command's failure becomes output: a single line naming what went wrong on stderr, the
/// stack trace only with --verbose, and exit code 1.
/// </summary>
internal static class CommandErrors
{
    public const int Failed = 1;

    /// <summary>Runs <paramref name="action"/>, turning any failure into one line (Ctrl+C aside, which System.CommandLine handles).</summary>
    public static async Task<int> RunAsync(TextWriter error, bool verbose, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await error.WriteLineAsync("dicomweb: " + OneLine(exception)).ConfigureAwait(false);
            if (verbose)
            {
                await error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
            }
            return Failed;
        }
    }

    /// <summary>The exception's message on one line; an argument error without its " (Parameter 'x')" suffix, which names code, not the command line.</summary>
    public static string OneLine(Exception exception)
    {
        var message = exception.Message;
        if (exception is ArgumentException { ParamName: { } name })
        {
            message = message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal);
        }
        return message.ReplaceLineEndings(" ").Trim();
    }
}

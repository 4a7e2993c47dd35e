using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Output;
using DicomTyped.Cli.Tutorial;
using DicomTyped.Http;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb tutorial [--url URL [--auth none|token|azure] [--token T]]</c>: the Azure walk-through, by default
/// against the embedded server on a free loopback port with a temporary data folder.
/// </summary>
internal static class TutorialCommand
{
    public static Command Create()
    {
        // The global --url, --auth and --token; only the option, never DICOMWEB_URL: without --url the walk-through
        // runs against its own embedded server.
        return new Command("tutorial", "Run every step of the Azure DICOMweb walk-through (store, retrieve, metadata, frames, search, delete) with its three sample files, and check each answer")
            .WithAction((context, cancellationToken) => RunAsync(
                context.Get(CliOptions.Url), context.Get(CliOptions.Auth), ServiceConnection.Token(context.Parse),
                context.Output, context.Error, context.Verbose, cancellationToken));
    }

    private static async Task<int> RunAsync(Uri? url, AuthMode? auth, string? token, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        var reporter = Reporters.ForTutorial(output);
        var runner = new TutorialRunner(reporter, verbose, error.WriteLine);
        if (url is null)
        {
            if (auth is not null && auth != AuthMode.None)
            {
                throw new ArgumentException("--auth applies to a service given with --url; the embedded server needs no sign-in.");
            }
            await using var server = await EmbeddedServer.StartAsync(cancellationToken).ConfigureAwait(false);
            var embedded = await runner.RunAsync(server.BaseAddress, DicomWebAuthentication.None, $"the embedded server at {server.BaseAddress}", cancellationToken).ConfigureAwait(false);
            return await ExitCodeAsync(embedded, error).ConfigureAwait(false);
        }
        var authentication = ServiceConnection.SignIn(auth, token);
        var result = await runner.RunAsync(url, authentication, url.ToString(), cancellationToken).ConfigureAwait(false);
        return await ExitCodeAsync(result, error).ConfigureAwait(false);
    }

    // The report is on stdout; stderr gets the one line that says what went wrong first.
    private static async Task<int> ExitCodeAsync(TutorialResult result, TextWriter error)
    {
        if (result.AllPassed)
        {
            return 0;
        }
        await error.WriteLineAsync($"dicomweb: {result.Count - result.Passed} of {result.Count} steps did not pass; {result.FirstFailure}").ConfigureAwait(false);
        return CommandErrors.Failed;
    }
}

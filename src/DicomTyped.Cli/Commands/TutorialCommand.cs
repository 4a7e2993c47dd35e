using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure.Identity;
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
        var url = CliOptions.Url();
        var auth = CliOptions.Auth();
        var token = CliOptions.Token("Bearer token for --url (or the DICOMWEB_TOKEN environment variable)");
        var command = new Command("tutorial", "Run every step of the Azure DICOMweb walk-through (store, retrieve, metadata, frames, search, delete) with its three sample files, and check each answer")
        {
            url, auth, token,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var verbose = parse.GetValue(CliOptions.Verbose);
            return CommandErrors.RunAsync(error, verbose, () => RunAsync(
                parse.GetValue(url), parse.GetValue(auth), parse.GetValue(token) ?? Environment.GetEnvironmentVariable("DICOMWEB_TOKEN"),
                output, error, verbose, cancellationToken));
        });
        return command;
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
        var authentication = Authentication(auth ?? (token is null ? AuthMode.None : AuthMode.Token), token);
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

    private static DicomWebAuthentication Authentication(AuthMode mode, string? token) => mode switch
    {
        AuthMode.Token => DicomWebAuthentication.BearerToken(token ?? throw new ArgumentException("--auth token needs --token or the DICOMWEB_TOKEN environment variable.")),
        AuthMode.Azure => DicomWebAuthentication.Credential(new DefaultAzureCredential()),
        _ => DicomWebAuthentication.None,
    };
}

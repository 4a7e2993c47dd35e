using System;
using System.CommandLine;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb serve --port 8080 --data ./dicom-data [--require-token T | --require-token-file F] [--max-body-size N] [--listen ADDRESS]</c>:
/// the embedded server (the Azure DICOM service API under <c>/v1/</c> and <c>/v2/</c>) until Ctrl+C or SIGTERM.
/// It listens on 127.0.0.1 unless <c>--listen</c> names another address.
/// The token the server requires is <c>--require-token</c>, not the global <c>--token</c> (the one a client sends to
/// <c>--url</c>); <c>serve --token T</c> and <c>--token-file</c>, the first spellings, still mean the same.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "TCP port to listen on; 0 picks a free one",
            DefaultValueFactory = _ => 8080,
        };
        var data = new Option<DirectoryInfo>("--data", "-d")
        {
            Description = "Folder for the instance files and the SQLite index (created when missing)",
            DefaultValueFactory = _ => new DirectoryInfo("dicom-data"),
        };
        var token = new Option<string>("--require-token")
        {
            Description = "Require clients to send 'Authorization: Bearer' with this token (401 otherwise)",
            HelpName = "token",
        };
        var tokenFile = new Option<FileInfo>("--require-token-file", "--token-file")
        {
            Description = "As --require-token, with the token read from this file (its first line)",
            HelpName = "file",
        };
        var maxBodySize = new Option<long>("--max-body-size")
        {
            Description = "Largest request body in bytes; larger requests get 413",
            DefaultValueFactory = _ => DicomWebServerOptions.DefaultMaxRequestBodySize,
        };
        var listen = new Option<IPAddress>("--listen")
        {
            Description = "Address to listen on (default 127.0.0.1); naming a non-loopback address serves the network",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (IPAddress.TryParse(text, out var address))
                {
                    return address;
                }
                result.AddError($"--listen must be an IP address, not '{text}'.");
                return null;
            },
        };
        var command = new Command("serve", "Run the local DICOMweb server (the Azure DICOM service API, /v1/ and /v2/) over a data folder")
        {
            port, data, token, tokenFile, maxBodySize, listen,
        };
        return command.WithAction(async (context, cancellationToken) =>
        {
            var parse = context.Parse;
            {
                var options = new DicomWebServerOptions
                {
                    DataDirectory = parse.GetValue(data)!.FullName,
                    Port = parse.GetValue(port),
                    BearerToken = ReadToken(RequiredToken(parse.GetValue(token), parse.GetValue(CliOptions.Token)), parse.GetValue(tokenFile)),
                    MaxRequestBodySize = parse.GetValue(maxBodySize),
                };
                if (parse.GetValue(listen) is { } address)
                {
                    // Naming an address is the explicit request to listen there; without --listen it is loopback only.
                    options.ListenAddress = address;
                    options.AllowNonLoopback = true;
                }
                return await ServeAsync(options, context.Output, cancellationToken).ConfigureAwait(false);
            }
        });
    }

    private static async Task<int> ServeAsync(DicomWebServerOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var host = await DicomWebServerHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Serving DICOMweb at {host.BaseAddress} (and {host.BaseAddressV1})").ConfigureAwait(false);
        await output.WriteLineAsync($"Data folder: {options.DataDirectory}").ConfigureAwait(false);
        await output.WriteLineAsync(options.BearerToken is null ? "Sign-in: off" : "Sign-in: Authorization: Bearer token required").ConfigureAwait(false);
        if (!IPAddress.IsLoopback(options.ListenAddress))
        {
            await output.WriteLineAsync($"Listening on {options.ListenAddress}: reachable from the network.").ConfigureAwait(false);
        }
        await output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: stop cleanly below.
        }
        return 0;
    }

    // The global --token given on serve is the first spelling of --require-token (serve has no --url to send it to).
    private static string? RequiredToken(string? requireToken, string? token) =>
        requireToken is not null && token is not null && requireToken != token
            ? throw new ArgumentException("Give --require-token or --token (its old spelling), not both.")
            : requireToken ?? token;

    private static string? ReadToken(string? token, FileInfo? tokenFile)
    {
        if (token is not null && tokenFile is not null)
        {
            throw new ArgumentException("Give --require-token or --require-token-file, not both.");
        }
        if (tokenFile is null)
        {
            return token;
        }
        using var reader = tokenFile.OpenText();
        var line = reader.ReadLine()?.Trim();
        return string.IsNullOrEmpty(line) ? throw new ArgumentException($"--require-token-file {tokenFile.FullName} holds no token.") : line;
    }
}

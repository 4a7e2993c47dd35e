using System;
using System.CommandLine;
using Azure.Identity;
using DicomTyped.Client;
using DicomTyped.Http;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// The one place where the global options become a connected <see cref="DicomWebClient"/>: <c>--url</c> (or
/// DICOMWEB_URL), <c>--auth</c> and <c>--token</c> (or DICOMWEB_TOKEN). With <c>--auth</c> unset, a token means
/// token sign-in and no token means none; <c>--auth azure</c> signs in with DefaultAzureCredential (Azure CLI, managed
/// identity, environment) for the Azure DICOM service's scope.
/// </summary>
internal sealed class ServiceConnection
{
    private ServiceConnection(Uri baseAddress, DicomWebAuthentication authentication)
    {
        BaseAddress = baseAddress;
        Authentication = authentication;
    }

    /// <summary>The service's base URL with its version, as given.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How requests sign in.</summary>
    public DicomWebAuthentication Authentication { get; }

    /// <summary>Reads the global options of <paramref name="parse"/>, falling back to the environment.</summary>
    /// <exception cref="CommandLineException">No URL, a DICOMWEB_URL that is not one, or <c>--auth token</c> without a token.</exception>
    public static ServiceConnection From(ParseResult parse)
    {
        var url = parse.GetValue(CliOptions.Url) ?? FromEnvironment();
        return new ServiceConnection(url, SignIn(parse.GetValue(CliOptions.Auth), Token(parse)));
    }

    /// <summary>The sign-in <paramref name="mode"/> asks for (token when unset and a token is given, none otherwise).</summary>
    /// <exception cref="CommandLineException"><c>--auth token</c> without a token.</exception>
    public static DicomWebAuthentication SignIn(AuthMode? mode, string? token) => (mode ?? (token is null ? AuthMode.None : AuthMode.Token)) switch
    {
        AuthMode.Token => DicomWebAuthentication.BearerToken(token ?? throw new CommandLineException($"--auth token needs --token or the {CliOptions.TokenVariable} environment variable.")),
        AuthMode.Azure => DicomWebAuthentication.Credential(new DefaultAzureCredential()),
        _ => DicomWebAuthentication.None,
    };

    /// <summary><c>--token</c>, or DICOMWEB_TOKEN when it is not given; null when neither is.</summary>
    public static string? Token(ParseResult parse) =>
        parse.GetValue(CliOptions.Token) ?? (Environment.GetEnvironmentVariable(CliOptions.TokenVariable) is { Length: > 0 } variable ? variable : null);

    /// <summary>A client for the service; the caller disposes it.</summary>
    public DicomWebClient CreateClient(DicomWebClientOptions? options = null) =>
        DicomWebClient.Create(BaseAddress, Authentication, options ?? DicomWebClientOptions.Default);

    private static Uri FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(CliOptions.UrlVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CommandLineException($"No service: give --url (e.g. --url http://127.0.0.1:8080/v2/) or set {CliOptions.UrlVariable}.");
        }
        return CliOptions.TryParseUrl(text.Trim(), out var url)
            ? url
            : throw new CommandLineException($"{CliOptions.UrlVariable} must be an absolute http or https URL, not '{text}'.");
    }
}

using System;
using System.CommandLine;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// The global options, on the root command and recursive, so they may stand before or after the command name
/// (<c>dicomweb --url U search studies</c> or <c>dicomweb search studies --url U</c>). <see cref="ServiceConnection"/>
/// is the one place that reads the service's options; commands take a <see cref="CommandContext"/>.
/// </summary>
internal static class CliOptions
{
    /// <summary>Environment variable read when <c>--url</c> is not given (not by <c>tutorial</c>, which then starts its own server).</summary>
    public const string UrlVariable = "DICOMWEB_URL";

    /// <summary>Environment variable read when <c>--token</c> is not given.</summary>
    public const string TokenVariable = "DICOMWEB_TOKEN";

    /// <summary>Stack traces and the client's details on failure; one line otherwise.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print details, and stack traces on errors",
        Recursive = true,
    };

    /// <summary>The service's base URL with its version.</summary>
    public static Option<Uri> Url { get; } = new("--url")
    {
        Description = $"The DICOMweb service's base URL, with its version (e.g. https://ws-svc.dicom.azurehealthcareapis.com/v2); or {UrlVariable}",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (TryParseUrl(text, out var uri))
            {
                return uri;
            }
            result.AddError($"--url must be an absolute http or https URL, not '{text}'.");
            return null;
        },
    };

    /// <summary>How to sign in; unset means token when a token is given, none otherwise.</summary>
    public static Option<AuthMode?> Auth { get; } = new("--auth")
    {
        Description = $"How to sign in to --url: none, token (--token or {TokenVariable}) or azure (DefaultAzureCredential); token when a token is given, none otherwise",
        Recursive = true,
    };

    /// <summary>A bearer token for <c>--auth token</c>.</summary>
    public static Option<string> Token { get; } = new("--token")
    {
        Description = $"Bearer token to send to --url (or the {TokenVariable} environment variable); serve's own is --require-token",
        Recursive = true,
    };

    /// <summary>The conformance profile the service follows, for checking search keys before sending them.</summary>
    public static Option<string> Profile { get; } = new("--profile")
    {
        Description = "The service's conformance profile, to check search keys before sending: azure-dicom-v2, orthanc, dicomweb, or the path of a .profile file",
        Recursive = true,
    };

    /// <summary>All of them, in the order help lists them.</summary>
    public static Option[] All => [Url, Auth, Token, Profile, Verbose];

    /// <summary>An absolute http or https URL.</summary>
    public static bool TryParseUrl(string text, out Uri uri)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            uri = parsed;
            return true;
        }
        uri = null!;
        return false;
    }
}

using System;
using System.CommandLine;

namespace DicomTyped.Cli.Commands;

/// <summary>Options more than one command shares.</summary>
internal static class CliOptions
{
    /// <summary>Stack traces and the client's details on failure; one line otherwise.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print details, and stack traces on errors",
        Recursive = true,
    };

    public static Option<Uri> Url() => new("--url")
    {
        Description = "The DICOMweb service's base URL, with its version (e.g. https://ws-svc.dicom.azurehealthcareapis.com/v2)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }
            result.AddError($"--url must be an absolute http or https URL, not '{text}'.");
            return null;
        },
    };

    public static Option<AuthMode?> Auth() => new("--auth")
    {
        Description = "How to sign in to --url: none, token (--token or DICOMWEB_TOKEN) or azure (DefaultAzureCredential); token when a token is given, none otherwise",
    };

    public static Option<string> Token(string description) => new("--token")
    {
        Description = description,
    };
}

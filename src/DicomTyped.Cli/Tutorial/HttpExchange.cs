using System.Net;

namespace DicomTyped.Cli.Tutorial;

/// <summary>One request the client sent and the status it got, as the tutorial prints it.</summary>
/// <param name="Method">GET, POST or DELETE.</param>
/// <param name="PathAndQuery">The request target, for example <c>/v2/studies/1.2.3/metadata</c>.</param>
/// <param name="MediaType">What was asked for (Accept) or sent (Content-Type), whichever says more about the request.</param>
/// <param name="Status">The answer's status; null when no answer came.</param>
/// <param name="ReasonPhrase">The answer's reason phrase, as the server sent it.</param>
internal sealed record HttpExchange(string Method, string PathAndQuery, string? MediaType, HttpStatusCode? Status, string? ReasonPhrase = null)
{
    /// <summary>Such as <c>200 OK</c>, or <c>no answer</c>.</summary>
    public string StatusText => Status is { } status ? $"{(int)status} {ReasonPhrase ?? status.ToString()}".TrimEnd() : "no answer";
}

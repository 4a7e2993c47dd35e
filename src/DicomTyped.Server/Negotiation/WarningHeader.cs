using System;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Negotiation;

/// <summary>PS3.18 8.4.3 warnings: <c>Warning: 299 {service}: {text}</c>, one header line each.</summary>
internal static class WarningHeader
{
    /// <summary>Longest text one warning carries; a message quoting what a client sent is cut there.</summary>
    internal const int MaxTextLength = 512;

    public static void Add(HttpResponse response, string service, string text)
    {
        // A header value is one line of visible ASCII (RFC 9110 5.5; Kestrel refuses anything else with an exception):
        // messages may quote what a client sent, so every other character becomes '?' and the text is bounded.
        response.Headers.Append("Warning", Visible($"299 {service}: {text}"));
    }

    private static string Visible(string text)
    {
        var length = Math.Min(text.Length, MaxTextLength);
        return string.Create(length + (text.Length > length ? 3 : 0), text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i >= MaxTextLength ? '.' : source[i] is >= ' ' and <= '~' ? source[i] : '?';
            }
        });
    }
}

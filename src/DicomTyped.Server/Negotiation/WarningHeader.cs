using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Negotiation;

/// <summary>PS3.18 8.4.3 warnings: <c>Warning: 299 {service}: {text}</c>, one header line each.</summary>
internal static class WarningHeader
{
    public static void Add(HttpResponse response, string service, string text)
    {
        // Header values are one line of visible characters: a message must not be able to break the header block.
        var clean = text.Replace('\r', ' ').Replace('\n', ' ');
        response.Headers.Append("Warning", $"299 {service}: {clean}");
    }
}

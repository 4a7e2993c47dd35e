using System.Net.Http;
using DicomTyped.Multipart;

namespace DicomTyped.Client;

/// <summary>
/// The Content-Type of a response as the server wrote it. Orthanc nests a parameter inside the quoted <c>type</c>
/// (<c>type="application/octet-stream; transfer-syntax=…"</c>); the project's own parser reads that, so the raw
/// text is handed to it rather than HttpClient's re-formatted value.
/// </summary>
internal static class HttpContentTypes
{
    public static string? RawContentType(HttpContent content)
    {
        if (!content.Headers.NonValidated.TryGetValues("Content-Type", out var values))
        {
            return null;
        }
        foreach (var value in values)
        {
            return value;
        }
        return null;
    }

    public static MediaTypeWithParameters? Parse(HttpContent content) =>
        MediaTypeWithParameters.TryParse(RawContentType(content), out var parsed) ? parsed : null;

    public static bool IsMultipart(MediaTypeWithParameters? contentType) =>
        contentType is not null && string.Equals(contentType.Type, "multipart", System.StringComparison.OrdinalIgnoreCase);
}

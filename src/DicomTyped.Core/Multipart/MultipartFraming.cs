using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DicomTyped.Multipart;

/// <summary>
/// The framing of a multipart/related body as DicomTyped writes it (RFC 2046 5.1.1, RFC 2387, PS3.18 8.6.1.2), for
/// the client's request bodies (<see cref="MultipartRelatedContent"/>) and the server's retrieve responses alike: the
/// CRLF before each delimiter belongs to the delimiter, not to the previous part's bytes; the headers are
/// Content-Type, then Content-Length when known, then Content-Location, then any others; an empty line ends them.
/// Everything here is ASCII (one byte a character), so a string's length is its byte count on the wire.
/// </summary>
internal static class MultipartFraming
{
    /// <summary>What goes before a part's bytes: the delimiter line (with its leading CRLF unless the part is the
    /// first), the header lines and the empty line.</summary>
    public static string PartOpening(string boundary, bool first, string contentType, long? contentLength, string? contentLocation,
        IReadOnlyList<KeyValuePair<string, string>>? otherHeaders = null)
    {
        var builder = new StringBuilder(256);
        if (!first)
        {
            builder.Append("\r\n");
        }
        builder.Append("--").Append(boundary).Append("\r\n");
        builder.Append("Content-Type: ").Append(contentType).Append("\r\n");
        if (contentLength is { } length)
        {
            builder.Append("Content-Length: ").Append(length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }
        if (contentLocation is not null)
        {
            builder.Append("Content-Location: ").Append(contentLocation).Append("\r\n");
        }
        foreach (var header in otherHeaders ?? [])
        {
            builder.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }
        return builder.Append("\r\n").ToString();
    }

    /// <summary>The closing delimiter, with its leading CRLF when any part came before it.</summary>
    public static string Closing(string boundary, bool anyPart) => (anyPart ? "\r\n--" : "--") + boundary + "--\r\n";
}

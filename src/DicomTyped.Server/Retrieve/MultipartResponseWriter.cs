using System;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using DicomTyped.Server.Negotiation;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// Writes a multipart/related response body (RFC 2387, PS3.18 8.6.1.2) part by part straight into the response pipe:
/// the framing is the core's <see cref="MultipartFraming"/> (as the client's <see cref="MultipartRelatedContent"/>),
/// with the body of each part written by the caller as it is read, so nothing is held whole.
/// </summary>
internal sealed class MultipartResponseWriter(PipeWriter body, string boundary)
{
    private bool _partWritten;

    /// <summary>A fresh boundary of token characters (no quoting needed), from the core's multipart rules.</summary>
    public static string CreateBoundary() => MultipartBoundary.CreateRandom();

    /// <summary>The response Content-Type: <c>multipart/related; type="{type}"; boundary={boundary}</c>.</summary>
    public static string ContentType(string type, string boundary) =>
        new MediaTypeWithParameters(MediaTypes.MultipartRelated, [new("type", type), new("boundary", boundary)]).ToString();

    /// <summary>
    /// The exact byte count of a body made of parts of the given headers and lengths, or null when a length is unknown
    /// (the response is then sent chunked).
    /// </summary>
    public static long? MeasureBody(string boundary, IReadOnlyList<PartHeaders> parts)
    {
        long total = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].ContentLength is not { } length)
            {
                return null;
            }
            total += Encoding.ASCII.GetByteCount(Opening(boundary, parts[i], first: i == 0)) + length;
        }
        return total + Encoding.ASCII.GetByteCount(Closing(boundary, parts.Count > 0));
    }

    /// <summary>Writes the delimiter and headers of the next part; its body follows.</summary>
    public void BeginPart(PartHeaders headers)
    {
        WriteAscii(Opening(boundary, headers, first: !_partWritten));
        _partWritten = true;
    }

    /// <summary>Writes the closing delimiter and flushes.</summary>
    public async ValueTask EndAsync(CancellationToken cancellationToken)
    {
        WriteAscii(Closing(boundary, _partWritten));
        await body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void WriteAscii(string text)
    {
        var span = body.GetSpan(text.Length);
        var count = Encoding.ASCII.GetBytes(text, span);
        body.Advance(count);
    }

    private static string Opening(string boundary, PartHeaders headers, bool first) =>
        MultipartFraming.PartOpening(boundary, first, headers.ContentType, headers.ContentLength, headers.ContentLocation);

    private static string Closing(string boundary, bool anyPart) => MultipartFraming.Closing(boundary, anyPart);
}

/// <summary>The headers of one response part.</summary>
/// <param name="ContentType">e.g. <c>application/dicom; transfer-syntax=1.2.840.10008.1.2.1</c>.</param>
/// <param name="ContentLength">The body's byte count when known before it is written.</param>
/// <param name="ContentLocation">The URL of the resource the part holds (PS3.18 8.6.1.2).</param>
internal sealed record PartHeaders(string ContentType, long? ContentLength, string? ContentLocation);

using System.Collections.Generic;
using System.IO;

namespace DicomTyped.Multipart;

/// <summary>
/// One part of a multipart body as the reader reaches it: its headers and a forward-only stream over its
/// body. The body streams straight from the wire; read it (or let it go) before asking the reader for the
/// next part, which skips whatever is left of it.
/// </summary>
public sealed class MultipartPart
{
    internal MultipartPart(int number, IReadOnlyDictionary<string, string> headers, MediaTypeWithParameters? contentType, long? contentLength, long bodyOffset, Stream body)
    {
        Number = number;
        Headers = headers;
        ContentType = contentType;
        ContentLength = contentLength;
        BodyOffset = bodyOffset;
        Body = body;
    }

    /// <summary>1 for the first part of the body, 2 for the next, and so on.</summary>
    public int Number { get; }

    /// <summary>All part headers by name (any case); repeated headers are joined with <c>", "</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The part's Content-Type with its parameters (e.g. <c>transfer-syntax</c>), when it has one.</summary>
    public MediaTypeWithParameters? ContentType { get; }

    /// <summary>The part's Content-Length, when it has one; the reader has checked the boundary follows it.</summary>
    public long? ContentLength { get; }

    /// <summary>The part's Content-Location (the resource the part represents), when it has one.</summary>
    public string? ContentLocation => Headers.TryGetValue("Content-Location", out var location) ? location : null;

    /// <summary>Where the part's body starts in the multipart body, in bytes.</summary>
    public long BodyOffset { get; }

    /// <summary>The part's body: forward-only, read as it arrives; ends where the next boundary starts.</summary>
    public Stream Body { get; }
}

using System;

namespace DicomTyped.Multipart;

/// <summary>
/// A multipart/related body (or its Content-Type) that cannot be read: a missing boundary parameter, a body
/// that ends before its closing boundary, a part header block that is too large or malformed, or a
/// Content-Length that does not match where the next boundary is. The message names the problem and, when
/// it comes from the body, the byte offset in the body where it was found.
/// </summary>
public sealed class MultipartException : DicomTypedException
{
    /// <summary>Creates an exception about the multipart body or its Content-Type.</summary>
    public MultipartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception about the multipart body that wraps the error that revealed it.</summary>
    public MultipartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception located at <paramref name="byteOffset"/> in the multipart body.</summary>
    public MultipartException(string message, long byteOffset)
        : base($"{message} (at byte offset {byteOffset} of the multipart body)")
    {
        ByteOffset = byteOffset;
    }

    /// <summary>Where in the multipart body the problem was found, when it was found in the body.</summary>
    public long? ByteOffset { get; }
}

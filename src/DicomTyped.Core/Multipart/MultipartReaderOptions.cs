using System;

namespace DicomTyped.Multipart;

/// <summary>Limits and ownership for a <see cref="MultipartRelatedReader"/>.</summary>
public sealed record MultipartReaderOptions
{
    /// <summary>The default read buffer size: large reads, yet below the large-object heap threshold.</summary>
    public const int DefaultBufferSize = 80 * 1024;

    /// <summary>The default limit of one part's header block.</summary>
    public const int DefaultMaxHeaderBlockSize = 16 * 1024;

    /// <summary>
    /// The one buffer the reader holds, whatever the body's size; rented from the shared array pool. It must
    /// exceed <see cref="MaxHeaderBlockSize"/> by at least 1 KB so a whole header block fits with its delimiter.
    /// </summary>
    public int BufferSize { get; init; } = DefaultBufferSize;

    /// <summary>A part header block larger than this is refused (a body that is not multipart as announced).</summary>
    public int MaxHeaderBlockSize { get; init; } = DefaultMaxHeaderBlockSize;

    /// <summary>Whether disposing the reader leaves the body stream open (by default the reader owns it).</summary>
    public bool LeaveOpen { get; init; }

    internal void Validate()
    {
        if (MaxHeaderBlockSize < 256)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHeaderBlockSize), MaxHeaderBlockSize, "At least 256 bytes.");
        }
        if (BufferSize < MaxHeaderBlockSize + 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(BufferSize), BufferSize, "At least MaxHeaderBlockSize + 1024 bytes.");
        }
    }
}

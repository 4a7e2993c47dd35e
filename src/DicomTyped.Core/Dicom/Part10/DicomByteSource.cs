using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// Where a <see cref="DicomBufferInput"/> gets its bytes: read forward, synchronously, from a seekable source whose
/// length is known, so that every length in the file can be checked against what is left.
/// </summary>
internal abstract class DicomByteSource
{
    /// <summary>The number of bytes from where reading started to the end of the source.</summary>
    public abstract long Length { get; }

    /// <summary>Reads the next bytes; 0 at the end.</summary>
    public abstract int Read(Span<byte> destination);

    /// <summary>A stream positioned <paramref name="offset"/> bytes after where reading started, for the stream-based reader.</summary>
    public abstract Stream StreamAt(long offset);

    /// <summary>True when the stream from <see cref="StreamAt"/> is new and the caller disposes it.</summary>
    public abstract bool OwnsStreams { get; }
}

/// <summary>A file opened with <see cref="File.OpenHandle"/>: positional reads, no FileStream layers.</summary>
internal sealed class FileHandleSource(SafeFileHandle handle) : DicomByteSource
{
    private long _offset;
    private long _length = -1;

    // Asked for only when a value runs past the first read, so a header read costs no fstat.
    public override long Length => _length >= 0 ? _length : _length = RandomAccess.GetLength(handle);

    public override int Read(Span<byte> destination)
    {
        var read = RandomAccess.Read(handle, destination, _offset);
        _offset += read;
        return read;
    }

    public override Stream StreamAt(long offset) => new FileStream(handle, FileAccess.Read, bufferSize: 0) { Position = offset };

    public override bool OwnsStreams => true;
}

/// <summary>A seekable stream, read from its current position.</summary>
internal sealed class SeekableStreamSource : DicomByteSource
{
    private readonly Stream _stream;
    private readonly long _origin;

    public SeekableStreamSource(Stream stream)
    {
        _stream = stream;
        _origin = stream.Position;
        Length = Math.Max(0, stream.Length - _origin);
    }

    public override long Length { get; }

    public override int Read(Span<byte> destination) => _stream.Read(destination);

    public override Stream StreamAt(long offset)
    {
        _stream.Position = _origin + offset;
        return _stream;
    }

    public override bool OwnsStreams => false;
}

/// <summary>
/// A file already in memory. The input adopts the array itself (see <see cref="DicomBufferInput"/>), so elements are
/// slices of the caller's bytes and nothing is copied; <see cref="Read"/> is never needed.
/// </summary>
internal sealed class MemorySource(ArraySegment<byte> bytes) : DicomByteSource
{
    public ArraySegment<byte> Bytes { get; } = bytes;

    public override long Length => Bytes.Count;

    public override int Read(Span<byte> destination) => 0;

    public override Stream StreamAt(long offset) =>
        new MemoryStream(Bytes.Array!, Bytes.Offset + (int)offset, Bytes.Count - (int)offset, writable: false);

    public override bool OwnsStreams => true;
}

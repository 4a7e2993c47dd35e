using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom;

/// <summary>
/// A value left in its source stream (offset and length) instead of being copied into memory,
/// so that large pixel data is read only when, and only as far as, it is needed.
/// </summary>
/// <remarks>
/// File streams are read with positionless <see cref="RandomAccess"/> calls, which are safe from several threads.
/// Other seekable streams are shared state: concurrent reads of ranges of one such stream are serialized by a lock
/// in the synchronous methods only.
/// </remarks>
public sealed class DicomStreamRange
{
    /// <summary>Creates a range of a seekable stream.</summary>
    public DicomStreamRange(Stream stream, long offset, long length)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("A stream range needs a seekable stream.", nameof(stream));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Stream = stream;
        Offset = offset;
        Length = length;
    }

    /// <summary>The stream the value lives in.</summary>
    public Stream Stream { get; }

    /// <summary>Where the value starts in <see cref="Stream"/>.</summary>
    public long Offset { get; }

    /// <summary>The value's length in bytes.</summary>
    public long Length { get; }

    /// <summary>Reads the whole range.</summary>
    public byte[] ReadAll() => Read(0, CheckedLength(Length));

    /// <summary>Reads the whole range asynchronously.</summary>
    public ValueTask<byte[]> ReadAllAsync(CancellationToken cancellationToken) =>
        ReadAsync(0, CheckedLength(Length), cancellationToken);

    /// <summary>Reads <paramref name="count"/> bytes starting <paramref name="start"/> bytes into the range.</summary>
    public byte[] Read(long start, int count)
    {
        CheckSlice(start, count);
        var buffer = new byte[count];
        if (Stream is FileStream file)
        {
            ReadExactly(file, Offset + start, buffer);
            return buffer;
        }
        lock (Stream)
        {
            Stream.Position = Offset + start;
            Stream.ReadExactly(buffer);
        }
        return buffer;
    }

    /// <summary>Reads <paramref name="count"/> bytes starting <paramref name="start"/> bytes into the range, asynchronously.</summary>
    public async ValueTask<byte[]> ReadAsync(long start, int count, CancellationToken cancellationToken)
    {
        CheckSlice(start, count);
        var buffer = new byte[count];
        if (Stream is FileStream file)
        {
            var done = 0;
            while (done < count)
            {
                var read = await RandomAccess.ReadAsync(file.SafeFileHandle, buffer.AsMemory(done), Offset + start + done, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new EndOfStreamException("The stream ended inside a referenced value.");
                }
                done += read;
            }
            return buffer;
        }
        Stream.Position = Offset + start;
        await Stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer;
    }

    /// <summary>Copies the whole range to <paramref name="destination"/> in bounded chunks.</summary>
    public void CopyTo(Stream destination)
    {
        const int chunk = 1 << 16;
        for (long done = 0; done < Length; done += chunk)
        {
            destination.Write(Read(done, (int)Math.Min(chunk, Length - done)));
        }
    }

    /// <summary>Copies the whole range to <paramref name="destination"/> in bounded chunks, asynchronously.</summary>
    public async ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        const int chunk = 1 << 16;
        for (long done = 0; done < Length; done += chunk)
        {
            var bytes = await ReadAsync(done, (int)Math.Min(chunk, Length - done), cancellationToken).ConfigureAwait(false);
            await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void ReadExactly(FileStream file, long position, Span<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(file.SafeFileHandle, buffer, position);
            if (read == 0)
            {
                throw new EndOfStreamException("The stream ended inside a referenced value.");
            }
            buffer = buffer[read..];
            position += read;
        }
    }

    private void CheckSlice(long start, int count)
    {
        if (start < 0 || count < 0 || start + count > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"The slice {start}+{count} is outside the range of {Length} bytes.");
        }
    }

    private static int CheckedLength(long length) =>
        length <= Array.MaxLength ? (int)length : throw new InvalidOperationException($"A value of {length} bytes does not fit in one array; read it in slices.");
}

using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// A forward-only buffered view of the input that knows how many bytes are left (for seekable streams), so that
/// no length read from the file is trusted before it has been checked against what remains.
/// </summary>
/// <remarks>
/// Methods take <c>async</c>: false performs synchronous I/O and so always completes synchronously, which lets one
/// parser serve both the sync and the async API.
/// </remarks>
internal sealed class DicomInput : IDisposable
{
    private const int BufferSize = 16 * 1024;
    private const int ReadSize = 4 * 1024;
    // Values larger than this from a stream of unknown length are read in chunks of this size,
    // so a forged length costs at most one chunk before the end of the stream is found.
    private const int ChunkSize = 1 << 18;

    private Stream _stream;
    private byte[] _buffer;
    private int _position;
    private int _end;
    private long _bufferStart;
    private long _streamOrigin;
    private long _limit;
    private bool _canReference;
    // Where inflated input must end (DicomReadOptions.MaxInflatedLength after the deflated data set's start).
    private long _inflateEnd = long.MaxValue;
    private long _inflateLimit;

    /// <param name="stream">The input, read from its current position.</param>
    /// <param name="basePosition">The input offset of that position, when another reader has read what came before.</param>
    public DicomInput(Stream stream, long basePosition = 0)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        _canReference = stream.CanSeek;
        _bufferStart = basePosition;
        _streamOrigin = stream.CanSeek ? stream.Position - basePosition : 0;
        _limit = stream.CanSeek ? stream.Length - _streamOrigin : long.MaxValue;
    }

    /// <summary>Bytes consumed since the start of the input (after inflation once a deflated data set begins).</summary>
    public long Position => _bufferStart + _position;

    /// <summary>Bytes left, or <see cref="long.MaxValue"/> when the stream length is not known.</summary>
    public long Remaining => _limit == long.MaxValue ? long.MaxValue : _limit - Position;

    /// <summary>True when values can be left in the stream as <see cref="DicomStreamRange"/>s.</summary>
    public bool CanReference => _canReference;

    public int Buffered => _end - _position;

    public ReadOnlySpan<byte> Peek(int count) => _buffer.AsSpan(_position, count);

    /// <summary>Makes at least <paramref name="count"/> bytes available; false when the input ends first.</summary>
    public ValueTask<bool> TryEnsureAsync(int count, bool async, CancellationToken cancellationToken) =>
        _end - _position >= count ? new ValueTask<bool>(true) : FillBufferAsync(count, async, cancellationToken);

    // Kept apart so the common case above (bytes already buffered) costs no async state machine.
    private async ValueTask<bool> FillBufferAsync(int count, bool async, CancellationToken cancellationToken)
    {
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _end - _position);
            _bufferStart += _position;
            _end -= _position;
            _position = 0;
        }
        while (_end < count)
        {
            // Read 4 KB at a time: a header is usually smaller, and reading a whole 16 KB buffer of pixel data that is
            // then skipped or read directly into its own array would be wasted copying.
            var want = Math.Min(_buffer.Length - _end, Math.Max(count - _end, ReadSize));
            var room = _inflateEnd - (_bufferStart + _end);
            if (room <= 0)
            {
                return await AtInflateLimitAsync(async, cancellationToken).ConfigureAwait(false);
            }
            want = (int)Math.Min(want, room);
            var read = async
                ? await _stream.ReadAsync(_buffer.AsMemory(_end, want), cancellationToken).ConfigureAwait(false)
                : _stream.Read(_buffer, _end, want);
            if (read == 0)
            {
                return false;
            }
            _end += read;
        }
        return true;
    }

    public ValueTask EnsureAsync(int count, DicomTag? tag, bool async, CancellationToken cancellationToken) =>
        _end - _position >= count ? ValueTask.CompletedTask : EnsureSlowAsync(count, tag, async, cancellationToken);

    private async ValueTask EnsureSlowAsync(int count, DicomTag? tag, bool async, CancellationToken cancellationToken)
    {
        if (!await FillBufferAsync(count, async, cancellationToken).ConfigureAwait(false))
        {
            throw Part10Rules.EndedShortOfHeader(count - Buffered, Position, tag);
        }
    }

    public void Advance(int count) => _position += count;

    /// <summary>
    /// Reads a value of an untrusted <paramref name="length"/> (already counted against the memory limits), checking it
    /// against what is left first.
    /// </summary>
    public ValueTask<byte[]> ReadBytesAsync(long length, DicomTag tag, bool async, CancellationToken cancellationToken)
    {
        if (length <= _end - _position)
        {
            var small = _buffer.AsSpan(_position, (int)length).ToArray();
            _position += (int)length;
            return new ValueTask<byte[]>(small);
        }
        return ReadBytesSlowAsync(length, tag, async, cancellationToken);
    }

    private async ValueTask<byte[]> ReadBytesSlowAsync(long length, DicomTag tag, bool async, CancellationToken cancellationToken)
    {
        CheckAvailable(length, tag);
        if (Position + length > _inflateEnd)
        {
            throw InflateLimit(tag);
        }
        if (length == 0)
        {
            return [];
        }
        if (length <= ChunkSize || _limit != long.MaxValue)
        {
            // Every byte is overwritten by the read (or the read throws), so zeroing large arrays first is wasted work.
            var bytes = length < 2048 ? new byte[length] : GC.AllocateUninitializedArray<byte>((int)length);
            await FillAsync(bytes, tag, async, cancellationToken).ConfigureAwait(false);
            return bytes;
        }
        var chunks = new List<byte[]>();
        for (long left = length; left > 0; left -= ChunkSize)
        {
            var chunk = new byte[Math.Min(left, ChunkSize)];
            await FillAsync(chunk, tag, async, cancellationToken).ConfigureAwait(false);
            chunks.Add(chunk);
        }
        var whole = new byte[length];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(whole, offset);
            offset += chunk.Length;
        }
        return whole;
    }

    /// <summary>Leaves a value in the stream: returns its range and seeks past it.</summary>
    public DicomStreamRange Reference(long length, DicomTag tag)
    {
        CheckAvailable(length, tag);
        var start = Position;
        var range = new DicomStreamRange(_stream, _streamOrigin + start, length);
        Seek(start + length);
        return range;
    }

    /// <summary>Throws when <paramref name="length"/> bytes cannot remain in the input.</summary>
    public void CheckAvailable(long length, DicomTag? tag)
    {
        if (length > Remaining)
        {
            throw Part10Rules.PastEndOfInput(length, Remaining, Position, tag);
        }
    }

    /// <summary>
    /// Reads to the end of the input without keeping it (trailing padding): how many bytes there were and whether all
    /// were zero. Memory stays at the buffer's size.
    /// </summary>
    public async ValueTask<(long Count, bool AllZero)> SkipRestAsync(bool async, CancellationToken cancellationToken)
    {
        long count = 0;
        var allZero = true;
        do
        {
            var rest = _buffer.AsSpan(_position, _end - _position);
            allZero &= !rest.ContainsAnyExcept((byte)0);
            count += rest.Length;
            _position = _end;
        }
        while (await FillBufferAsync(1, async, cancellationToken).ConfigureAwait(false));
        return (count, allZero);
    }

    /// <summary>
    /// From here on, reads the raw-deflate stream that follows (Deflated Explicit VR Little Endian), producing at most
    /// <paramref name="maxInflatedLength"/> bytes: past that, reads throw <see cref="DicomLimitException"/>.
    /// </summary>
    public void StartInflating(long maxInflatedLength)
    {
        var leftover = _buffer.AsSpan(_position, _end - _position).ToArray();
        var compressed = leftover.Length == 0 ? _stream : new PrefixedStream(leftover, _stream);
        _bufferStart = Position;
        _position = 0;
        _end = 0;
        _stream = new DeflateStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        _limit = long.MaxValue;
        _canReference = false;
        _inflateLimit = maxInflatedLength;
        _inflateEnd = maxInflatedLength > long.MaxValue - Position ? long.MaxValue : Position + maxInflatedLength;
    }

    // At the limit of inflation: one more byte from the decompressor tells the end of the data from a bomb.
    private async ValueTask<bool> AtInflateLimitAsync(bool async, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        var read = async
            ? await _stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false)
            : _stream.Read(probe, 0, 1);
        return read == 0 ? false : throw InflateLimit(null);
    }

    private DicomLimitException InflateLimit(DicomTag? tag) =>
        new(nameof(DicomReadOptions.MaxInflatedLength), _inflateLimit, "The deflated data set inflates to more bytes", Position, tag);

    public void Dispose()
    {
        if (_stream is DeflateStream deflate)
        {
            deflate.Dispose();
        }
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Seek(long target)
    {
        var inBuffer = target - _bufferStart;
        if (inBuffer >= 0 && inBuffer <= _end)
        {
            _position = (int)inBuffer;
            return;
        }
        _stream.Position = _streamOrigin + target;
        _bufferStart = target;
        _position = 0;
        _end = 0;
    }

    private async ValueTask FillAsync(Memory<byte> destination, DicomTag tag, bool async, CancellationToken cancellationToken)
    {
        var fromBuffer = Math.Min(destination.Length, _end - _position);
        _buffer.AsMemory(_position, fromBuffer).CopyTo(destination);
        _position += fromBuffer;
        destination = destination[fromBuffer..];
        while (!destination.IsEmpty)
        {
            var read = async
                ? await _stream.ReadAsync(destination, cancellationToken).ConfigureAwait(false)
                : _stream.Read(destination.Span);
            if (read == 0)
            {
                throw Part10Rules.EndedShortOfValue(destination.Length, Position, tag);
            }
            _bufferStart += read;
            destination = destination[read..];
        }
    }
}

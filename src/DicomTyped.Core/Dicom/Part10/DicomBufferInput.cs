using System;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The input of the synchronous reader: bytes read into arrays that values slice into instead of being copied.
/// </summary>
/// <remarks>
/// Bytes before the current position are never overwritten: when more bytes are needed than the array has room for,
/// a new array takes the unread tail and the old one stays alive for as long as values slice into it. A full read
/// reads the whole input into one array at once (and so never copies); a header read starts with a small array.
/// </remarks>
internal sealed class DicomBufferInput
{
    private readonly DicomByteSource _source;
    private byte[] _buffer = [];
    private int _position;
    private int _end;
    private long _bufferStart;
    private long _length = -1;
    private int _nextRead;

    /// <param name="source">Where the bytes come from.</param>
    /// <param name="firstRead">How many bytes to read at first: all of them for a full read, a few KB for a header.</param>
    public DicomBufferInput(DicomByteSource source, int firstRead)
    {
        _source = source;
        _nextRead = Math.Max(firstRead, 256);
        if (source is MemorySource memory)
        {
            // The whole input is already here: adopt the caller's array, positioned so that offsets start at 0.
            _buffer = memory.Bytes.Array!;
            _position = memory.Bytes.Offset;
            _end = memory.Bytes.Offset + memory.Bytes.Count;
            _bufferStart = -memory.Bytes.Offset;
            _length = memory.Bytes.Count;
        }
    }

    /// <summary>Bytes consumed since the start of the input.</summary>
    public long Position => _bufferStart + _position;

    /// <summary>Bytes left in the input.</summary>
    public long Remaining => Length - Position;

    public int Buffered => _end - _position;

    private long Length => _length >= 0 ? _length : _length = _source.Length;

    public ReadOnlySpan<byte> Peek(int count) => _buffer.AsSpan(_position, count);

    public void Advance(int count) => _position += count;

    /// <summary>Makes at least <paramref name="count"/> bytes available; false when the input ends first.</summary>
    public bool TryEnsure(int count) => _end - _position >= count || Fill(count);

    public void Ensure(int count, DicomTag? tag)
    {
        if (_end - _position < count && !Fill(count))
        {
            throw Part10Rules.EndedShortOfHeader(count - Buffered, Position, tag);
        }
    }

    /// <summary>Throws when <paramref name="length"/> bytes cannot remain in the input.</summary>
    public void CheckAvailable(long length, DicomTag? tag)
    {
        // Bytes already buffered certainly exist; only longer values need the input's length (an fstat for files).
        if (length > _end - _position && length > Remaining)
        {
            throw Part10Rules.PastEndOfInput(length, Remaining, Position, tag);
        }
    }

    /// <summary>A value of a length already checked with <see cref="CheckAvailable"/>, as a slice of the input (no copy).</summary>
    public ReadOnlyMemory<byte> ReadValue(uint length, DicomTag tag)
    {
        if (length == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
        Ensure((int)length, tag);
        var value = new ReadOnlyMemory<byte>(_buffer, _position, (int)length);
        _position += (int)length;
        return value;
    }

    /// <summary>Reads to the end of the input without keeping it (trailing padding): how many bytes, and whether all were zero.</summary>
    public (long Count, bool AllZero) SkipRest()
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
        while (Fill(1));
        return (count, allZero);
    }

    private bool Fill(int count)
    {
        var buffered = _end - _position;
        if (_position + count > _buffer.Length)
        {
            // Never past the end of the input: a forged length was checked against it before it got here. The first
            // read of a header need not know the length (saving a file's fstat): a short read just leaves room unused.
            var available = _buffer.Length == 0 && _length < 0 ? long.MaxValue : buffered + Math.Max(0, Length - _bufferStart - _end);
            var size = (int)Math.Min(Math.Max(count, (long)_nextRead), available);
            if (size < count && size == buffered)
            {
                return false;
            }
            _nextRead = (int)Math.Min(Array.MaxLength, Math.Max((long)_nextRead * 2, size));
            // Every byte up to _end is read into before it is looked at, so zeroing the array first would be wasted.
            var next = size < 2048 ? new byte[size] : GC.AllocateUninitializedArray<byte>(size);
            _buffer.AsSpan(_position, buffered).CopyTo(next);
            _bufferStart += _position;
            _buffer = next;
            _position = 0;
            _end = buffered;
        }
        while (_end - _position < count)
        {
            var read = _source.Read(_buffer.AsSpan(_end));
            if (read == 0)
            {
                // The source is shorter than it said (or than a first read guessed): what was read is all there is.
                _length = _bufferStart + _end;
                return false;
            }
            _end += read;
        }
        return true;
    }
}

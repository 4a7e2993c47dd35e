using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>A pooled write buffer in front of a stream; <c>async</c> false writes synchronously (see <see cref="DicomInput"/>).</summary>
internal sealed class DicomOutput : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    public DicomOutput(Stream stream) => Stream = stream;

    public Stream Stream { get; private set; }

    /// <summary>Room for a header of at most 12 bytes; flushes first when the buffer is nearly full.</summary>
    public async ValueTask ReserveAsync(int count, bool async, CancellationToken ct)
    {
        if (_buffer.Length - _used < count)
        {
            await FlushAsync(async, ct).ConfigureAwait(false);
        }
    }

    public void WriteUInt16(ushort value, bool bigEndian)
    {
        var span = _buffer.AsSpan(_used, 2);
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(span, value); else BinaryPrimitives.WriteUInt16LittleEndian(span, value);
        _used += 2;
    }

    public void WriteUInt32(uint value, bool bigEndian)
    {
        var span = _buffer.AsSpan(_used, 4);
        if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(span, value); else BinaryPrimitives.WriteUInt32LittleEndian(span, value);
        _used += 4;
    }

    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, bool async, CancellationToken ct)
    {
        if (bytes.Length <= _buffer.Length - _used)
        {
            WriteRaw(bytes.Span);
            return;
        }
        await FlushAsync(async, ct).ConfigureAwait(false);
        if (bytes.Length <= _buffer.Length / 2)
        {
            WriteRaw(bytes.Span);
            return;
        }
        if (async) await Stream.WriteAsync(bytes, ct).ConfigureAwait(false);
        else Stream.Write(bytes.Span);
    }

    public async ValueTask CopyRangeAsync(DicomStreamRange range, bool async, CancellationToken ct)
    {
        await FlushAsync(async, ct).ConfigureAwait(false);
        if (async) await range.CopyToAsync(Stream, ct).ConfigureAwait(false);
        else range.CopyTo(Stream);
    }

    public async ValueTask FlushAsync(bool async, CancellationToken ct)
    {
        if (_used == 0) return;
        if (async) await Stream.WriteAsync(_buffer.AsMemory(0, _used), ct).ConfigureAwait(false);
        else Stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Sends everything after this point through <paramref name="next"/> (a compressor over the same stream).</summary>
    public async ValueTask SwitchStreamAsync(Stream next, bool async, CancellationToken ct)
    {
        await FlushAsync(async, ct).ConfigureAwait(false);
        Stream = next;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}

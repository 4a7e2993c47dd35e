using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>
/// One fixed-size pooled window over the incoming body. Bytes in [<see cref="Start"/>, <see cref="End"/>) are
/// read but not yet consumed. Positions the reader keeps across refills are absolute body offsets, because a
/// refill moves the unconsumed bytes to the front of the window.
/// </summary>
internal sealed class MultipartInputBuffer : IDisposable
{
    private readonly Stream _stream;
    private byte[]? _bytes;
    private long _offsetOfIndexZero;

    public MultipartInputBuffer(Stream stream, int size)
    {
        _stream = stream;
        _bytes = ArrayPool<byte>.Shared.Rent(size);
    }

    public int Start { get; private set; }

    public int End { get; private set; }

    public bool StreamEnded { get; private set; }

    /// <summary>The absolute offset of the first unconsumed byte.</summary>
    public long StartOffset => _offsetOfIndexZero + Start;

    /// <summary>The absolute offset just past the last byte read.</summary>
    public long EndOffset => _offsetOfIndexZero + End;

    public int Buffered => End - Start;

    public int Capacity => Bytes.Length;

    /// <summary>The unconsumed bytes; index 0 is <see cref="StartOffset"/>.</summary>
    public ReadOnlySpan<byte> Window => Bytes.AsSpan(Start, End - Start);

    private byte[] Bytes => _bytes ?? throw new ObjectDisposedException(nameof(MultipartRelatedReader));

    public void Consume(int count) => Start += count;

    /// <summary>Consumes up to the absolute offset <paramref name="offset"/>.</summary>
    public void ConsumeTo(long offset) => Start = checked((int)(offset - _offsetOfIndexZero));

    public int Fill()
    {
        var free = PrepareFill();
        return Account(_stream.Read(free.Span));
    }

    public async ValueTask<int> FillAsync(CancellationToken cancellationToken)
    {
        var free = PrepareFill();
        return Account(await _stream.ReadAsync(free, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Reads straight into the caller's memory, sparing a copy for bytes whose framing is already known
    /// (a part with Content-Length). Only valid when nothing is buffered.
    /// </summary>
    public int ReadDirect(Span<byte> destination)
    {
        ForgetConsumedBytes();
        var read = _stream.Read(destination);
        return AccountDirect(read);
    }

    /// <inheritdoc cref="ReadDirect"/>
    public async ValueTask<int> ReadDirectAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        ForgetConsumedBytes();
        var read = await _stream.ReadAsync(destination, cancellationToken).ConfigureAwait(false);
        return AccountDirect(read);
    }

    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = null;
        if (bytes is not null)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private Memory<byte> PrepareFill()
    {
        var bytes = Bytes;
        // Refills happen only when what is left is a short carry-over (a possible delimiter) or a header block
        // under its size limit, so moving it to the front costs little and keeps reads large.
        if (Start > 0)
        {
            Buffer.BlockCopy(bytes, Start, bytes, 0, End - Start);
            _offsetOfIndexZero += Start;
            End -= Start;
            Start = 0;
        }
        if (End == bytes.Length)
        {
            throw new MultipartException(
                $"{bytes.Length} bytes arrived without completing a delimiter line or header block; the body is not multipart as announced",
                StartOffset);
        }
        return bytes.AsMemory(End);
    }

    private int Account(int read)
    {
        End += read;
        StreamEnded |= read == 0;
        return read;
    }

    private void ForgetConsumedBytes()
    {
        if (Start != End)
        {
            throw new InvalidOperationException("A direct read needs an empty buffer.");
        }
        _offsetOfIndexZero += End;
        Start = End = 0;
    }

    private int AccountDirect(int read)
    {
        _offsetOfIndexZero += read;
        StreamEnded |= read == 0;
        return read;
    }
}

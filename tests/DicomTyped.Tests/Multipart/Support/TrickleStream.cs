using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Multipart.Support;

/// <summary>
/// Serves a byte array at most <c>chunkSize</c> bytes per read, as a slow network would, so every buffer
/// edge of the reader is exercised. Not seekable, like a response stream.
/// </summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] _bytes;
    private readonly int _chunkSize;
    private int _position;

    public TrickleStream(byte[] bytes, int chunkSize)
    {
        _bytes = bytes;
        _chunkSize = chunkSize;
    }

    public int ReadCalls { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ReadCalls++;
        var count = Math.Min(Math.Min(buffer.Length, _chunkSize), _bytes.Length - _position);
        _bytes.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Yield so the reader's asynchronous paths really resume from elsewhere.
        await Task.Yield();
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

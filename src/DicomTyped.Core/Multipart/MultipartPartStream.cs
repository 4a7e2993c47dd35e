using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Multipart;

/// <summary>A part's body: a forward-only view that the reader fills from the shared body buffer.</summary>
internal sealed class MultipartPartStream : Stream
{
    private readonly MultipartRelatedReader _reader;
    private readonly int _partNumber;
    private bool _reachedEnd;
    private bool _disposed;

    public MultipartPartStream(MultipartRelatedReader reader, int partNumber)
    {
        _reader = reader;
        _partNumber = partNumber;
    }

    public override bool CanRead => !_disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("A part body is read as it arrives; its length is its Content-Length, when sent.");

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffer.IsEmpty || _reachedEnd)
        {
            return 0;
        }
        return Note(_reader.ReadBody(_partNumber, buffer));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffer.IsEmpty || _reachedEnd)
        {
            return ValueTask.FromResult(0);
        }
        var pending = _reader.ReadBodyAsync(_partNumber, buffer, cancellationToken);
        return pending.IsCompletedSuccessfully ? ValueTask.FromResult(Note(pending.Result)) : NoteWhenDoneAsync(pending);
    }

    private async ValueTask<int> NoteWhenDoneAsync(ValueTask<int> pending) => Note(await pending.ConfigureAwait(false));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Disposing only stops this view; the reader skips the rest of the part when asked for the next.</summary>
    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        base.Dispose(disposing);
    }

    private int Note(int read)
    {
        _reachedEnd = read == 0;
        return read;
    }
}

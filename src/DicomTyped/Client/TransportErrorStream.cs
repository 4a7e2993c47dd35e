using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;

namespace DicomTyped.Client;

/// <summary>
/// A response body whose network failures (the connection reset or closed before the body ended) surface as
/// <see cref="DicomWebTransportException"/> naming the request, instead of .NET's <see cref="HttpIOException"/>, so a
/// streamed retrieve throws only DICOMweb and DICOM exceptions. Reads pass straight through; nothing is buffered.
/// </summary>
internal sealed class TransportErrorStream(Stream inner, HttpResponseMessage response) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Count(inner.Read(buffer));
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw Broken(exception);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw Broken(exception);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private DicomWebTransportException Broken(Exception exception) =>
        new(DicomWebResponseExtensions.Describe(response), 1, exception);

    private int Count(int read)
    {
        BytesRead += read;
        return read;
    }
}

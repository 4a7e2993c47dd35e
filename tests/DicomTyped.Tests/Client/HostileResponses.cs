using System;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Answers a hostile server gives, written to a real HttpListener response: an endless body (a prefix, then one chunk
/// repeated until the client hangs up or a cap is reached). <see cref="BytesWritten"/> is what the client let through:
/// a bounded reader hangs up after its limit plus the socket buffers, an unbounded one would take the whole cap.
/// </summary>
internal sealed class EndlessBody(string contentType, string prefix, string repeated, long cap = 1L << 30)
{
    private long _written;

    public long BytesWritten => Interlocked.Read(ref _written);

    /// <summary>Declares this Content-Length instead of sending chunked (a lie, as a hostile server may tell).</summary>
    public long? DeclaredLength { get; init; }

    public int StatusCode { get; init; } = 200;

    public async Task WriteAsync(HttpListenerContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = contentType;
        if (DeclaredLength is { } declared)
        {
            response.ContentLength64 = declared;
        }
        else
        {
            response.SendChunked = true;
        }
        var chunk = Encoding.UTF8.GetBytes(string.Concat(System.Linq.Enumerable.Repeat(repeated, Math.Max(1, 65536 / repeated.Length))));
        try
        {
            if (prefix.Length > 0)
            {
                // An empty write would be a zero-length chunk: the end of a chunked body.
                await Write(response.OutputStream, Encoding.UTF8.GetBytes(prefix));
            }
            while (BytesWritten < cap)
            {
                await Write(response.OutputStream, chunk);
            }
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client hung up: what it did not read was never sent.
            response.Abort();
        }
    }

    private async Task Write(Stream output, byte[] bytes)
    {
        await output.WriteAsync(bytes);
        Interlocked.Add(ref _written, bytes.Length);
    }
}

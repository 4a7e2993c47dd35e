using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;

namespace DicomTyped.Client;

/// <summary>
/// Reads a body into memory no further than a limit: refused up front when its Content-Length is past the limit, and
/// stopped one byte past the limit otherwise. The buffer grows by doubling from what the server declared (capped), so
/// memory follows what actually arrives, never what a header promises.
/// </summary>
internal static class BoundedBody
{
    private const int FirstBufferSize = 64 * 1024;

    /// <summary>The whole body of <paramref name="response"/>, at most <paramref name="limit"/> bytes.</summary>
    /// <param name="response">The response whose body is read.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="optionName">The option holding the limit, for the message.</param>
    /// <param name="what">What the body is, for the message ("JSON body").</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="DicomWebResponseTooLargeException">The body is longer than <paramref name="limit"/>.</exception>
    /// <exception cref="DicomWebTransportException">The connection broke while the body was read.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpResponseMessage response, long limit, string optionName, string what, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await ReadAsync(stream, declared, limit, tooLong => TooLarge(response, what, limit, optionName, tooLong), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new DicomWebTransportException(DicomWebResponseExtensions.Describe(response), 1, exception);
        }
    }

    /// <summary>The rest of <paramref name="stream"/>, at most <paramref name="limit"/> bytes.</summary>
    /// <param name="stream">What to read.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <param name="declaredLength">The length the sender declared, or null; past the limit it is refused before reading.</param>
    /// <param name="tooLarge">Makes the exception, given the declared length when that was the reason (null when reading found it).</param>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(Stream stream, long? declaredLength, long limit, Func<long?, Exception> tooLarge, CancellationToken cancellationToken)
    {
        if (declaredLength > limit)
        {
            throw tooLarge(declaredLength);
        }
        var buffer = new byte[(int)Math.Min(limit, declaredLength is > 0 ? declaredLength.Value : FirstBufferSize)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length == limit)
                {
                    // One byte more tells a body of exactly the limit from a longer one.
                    if (await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0)
                    {
                        throw tooLarge(null);
                    }
                    break;
                }
                Array.Resize(ref buffer, (int)Math.Min(limit, Math.Max(FirstBufferSize, 2L * buffer.Length)));
            }
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            length += read;
        }
        return buffer.AsMemory(0, length);
    }

    public static DicomWebResponseTooLargeException TooLarge(HttpResponseMessage response, string what, long limit, string optionName, long? declaredLength) =>
        new(DicomWebResponseExtensions.Describe(response), what, limit, optionName, declaredLength);
}

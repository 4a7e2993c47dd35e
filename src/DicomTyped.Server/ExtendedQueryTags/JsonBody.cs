using System;
using System.Buffers;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Errors;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>Reads a small JSON request body whole, bounded by the endpoint's own limit (413 above), never by the sender.</summary>
internal static class JsonBody
{
    /// <exception cref="DicomWebRequestException">415: not <c>application/json</c>; 413: longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim();
        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw DicomWebRequestException.UnsupportedMediaType($"The body must be application/json, not '{request.ContentType}'.");
        }
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }
        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes, 16 * 1024));
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
        }
    }

    private static DicomWebRequestException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The body is longer than {maxBytes} bytes.");
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Multipart;

namespace DicomTyped.Tests.Multipart.Support;

/// <summary>Runs hand-made bodies through the reader in each <see cref="ReadMode"/>.</summary>
internal static class MultipartBodies
{
    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    public static Stream Feed(byte[] body, ReadMode mode) => mode switch
    {
        ReadMode.WholeAsync => new MemoryStream(body, writable: false),
        ReadMode.OneBytePerReadAsync => new TrickleStream(body, 1),
        _ => new TrickleStream(body, 7),
    };

    public static Task<List<ReadPart>> ReadAllAsync(string body, string contentType, ReadMode mode, MultipartReaderOptions? options = null) =>
        ReadAllAsync(Bytes(body), contentType, mode, options);

    public static async Task<List<ReadPart>> ReadAllAsync(byte[] body, string contentType, ReadMode mode, MultipartReaderOptions? options = null)
    {
        await using var reader = MultipartRelatedReader.Create(Feed(body, mode), contentType, options);
        return await DrainAsync(reader, mode);
    }

    public static async Task<List<ReadPart>> DrainAsync(MultipartRelatedReader reader, ReadMode mode)
    {
        var parts = new List<ReadPart>();
        await foreach (var part in reader.ReadPartsAsync(CancellationToken.None))
        {
            var copy = new MemoryStream();
            if (mode == ReadMode.SmallChunksSync)
            {
                var chunk = new byte[3];
                int read;
                while ((read = part.Body.Read(chunk, 0, chunk.Length)) > 0)
                {
                    copy.Write(chunk, 0, read);
                }
            }
            else
            {
                await part.Body.CopyToAsync(copy);
            }
            parts.Add(new ReadPart(part, copy.ToArray()));
        }
        return parts;
    }
}

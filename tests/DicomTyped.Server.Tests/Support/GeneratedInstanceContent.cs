using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace DicomTyped.Server.Tests.Support;

/// <summary>
/// A single-part <c>application/dicom</c> body of any size made while it is sent, never held whole: an Explicit VR Little
/// Endian header through the core's writer, a Pixel Data (7FE0,0010) OW header, then zeros (two 16-bit frames of
/// 16,384 rows). Sent chunked (no Content-Length), so a size limit can only be met while the body is read.
/// </summary>
internal sealed class GeneratedInstanceContent : HttpContent
{
    private readonly byte[] _header;
    private readonly long _pixelLength;

    public GeneratedInstanceContent(long approximateSize)
    {
        var header = LargeInstanceHeader.Create(approximateSize, "GENERATED");
        (_header, _pixelLength, Study, Series, Instance) = (header.Bytes, header.PixelLength, header.Study, header.Series, header.Instance);
        Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
    }

    public string Study { get; }

    public string Series { get; }

    public string Instance { get; }

    /// <summary>The bytes the body holds in all.</summary>
    public long Length => _header.Length + _pixelLength;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_header);
        var zeros = new byte[64 * 1024];
        for (var left = _pixelLength; left > 0; left -= zeros.Length)
        {
            await stream.WriteAsync(zeros.AsMemory(0, (int)Math.Min(left, zeros.Length)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}

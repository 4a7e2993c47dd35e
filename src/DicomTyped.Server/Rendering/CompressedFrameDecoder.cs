using DicomTyped.Dicom.Part10;
using SkiaSharp;

namespace DicomTyped.Server.Rendering;

/// <summary>
/// Decodes one frame of encapsulated pixel data with SkiaSharp's codecs (libjpeg-turbo inside Skia): the 8-bit JPEG
/// processes, i.e. JPEG Baseline (1.2.840.10008.1.2.4.50) and 8-bit data in JPEG Extended (…4.51). The codec turns
/// YCbCr into RGB as JPEG's own markers say, which matches the YBR_FULL_422 / YBR_FULL that DICOM records for them.
/// JPEG Lossless, JPEG-LS, JPEG 2000 and RLE have no decoder among the libraries served here and are not rendered.
/// </summary>
internal static class CompressedFrameDecoder
{
    /// <exception cref="RenderingNotSupportedException">The transfer syntax, or this frame, cannot be decoded.</exception>
    public static SKBitmap Decode(TransferSyntax syntax, byte[] frame)
    {
        if (syntax != TransferSyntax.JPEGBaseline8Bit && syntax != TransferSyntax.JPEGExtended12Bit)
        {
            throw new RenderingNotSupportedException($"Pixel data in {syntax.Name} ({syntax.Uid}) is not rendered: only the 8-bit JPEG processes (…4.50, …4.51) have a decoder here.");
        }
        return SKBitmap.Decode(frame)
            ?? throw new RenderingNotSupportedException($"The {syntax.Name} frame could not be decoded (12-bit JPEG, or not a JPEG stream).");
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using SkiaSharp;

namespace DicomTyped.Server.Rendering;

/// <summary>Renders one frame of an instance (read with its pixel data left in the file) into an 8-bit image.</summary>
internal static class FrameRenderer
{
    /// <summary>The frame as an image: native pixel data through <see cref="NativeFrameRenderer"/>, JPEG through <see cref="CompressedFrameDecoder"/>.</summary>
    /// <param name="file">The instance, pixel data present (checked by the caller).</param>
    /// <param name="frameNumber">1-based, within the instance's frame count (checked by the caller).</param>
    /// <param name="cancellationToken">Stops reading the frame.</param>
    /// <exception cref="RenderingNotSupportedException">The pixel data cannot be rendered.</exception>
    public static async Task<SKBitmap> RenderAsync(DicomFile file, int frameNumber, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> frame;
        try
        {
            frame = await DicomFrames.GetFrameAsync(file.Dataset, frameNumber, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new RenderingNotSupportedException("The frame cannot be located in the pixel data: " + ex.Message);
        }
        if (file.Dataset[CoreTags.PixelData] is DicomFragments)
        {
            return CompressedFrameDecoder.Decode(file.TransferSyntax, frame.ToArray());
        }
        return NativeFrameRenderer.Render(file.Dataset, frame.Span);
    }
}

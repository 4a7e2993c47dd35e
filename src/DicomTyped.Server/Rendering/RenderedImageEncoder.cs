using System;
using SkiaSharp;

namespace DicomTyped.Server.Rendering;

/// <summary>Encodes a rendered frame as JPEG or PNG with SkiaSharp, scaling it down first when a size bound is given.</summary>
internal static class RenderedImageEncoder
{
    /// <summary>The bytes of the encoded image.</summary>
    /// <param name="bitmap">The 8-bit grey or colour image.</param>
    /// <param name="format">JPEG or PNG.</param>
    /// <param name="quality">JPEG quality 1..100 (ignored for PNG, which is lossless).</param>
    /// <param name="maxSide">When set, the longest side is scaled down to at most this many pixels (never up).</param>
    public static byte[] Encode(SKBitmap bitmap, RenderedImageFormat format, int quality, int? maxSide = null)
    {
        var source = bitmap;
        SKBitmap? scaled = null;
        if (maxSide is { } bound && Math.Max(bitmap.Width, bitmap.Height) > bound)
        {
            var factor = (double)bound / Math.Max(bitmap.Width, bitmap.Height);
            var info = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * factor)), Math.Max(1, (int)Math.Round(bitmap.Height * factor)), bitmap.ColorType, bitmap.AlphaType);
            scaled = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None))
                ?? throw new RenderingNotSupportedException("The image could not be scaled down for a thumbnail.");
            source = scaled;
        }
        try
        {
            using var image = SKImage.FromBitmap(source);
            using var data = image.Encode(format == RenderedImageFormat.Png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, quality)
                ?? throw new RenderingNotSupportedException($"The image could not be encoded as {format}.");
            return data.ToArray();
        }
        finally
        {
            scaled?.Dispose();
        }
    }
}

using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using DicomTyped.Dicom;
using SkiaSharp;

namespace DicomTyped.Server.Rendering;

/// <summary>
/// Turns one frame of native (uncompressed, little-endian) pixel data into an 8-bit image: greyscale through the
/// modality rescale and the VOI window of the file (the first Window Center / Width, else the frame's minimum to
/// maximum), inverted for MONOCHROME1 (PS3.3 C.11); colour (RGB or YBR_FULL, either planar configuration) scaled to
/// 8 bits per sample. 8, 16 and 32 bits allocated, signed or unsigned.
/// </summary>
internal static class NativeFrameRenderer
{
    /// <exception cref="RenderingNotSupportedException">The photometric interpretation or bit depth is not rendered.</exception>
    public static SKBitmap Render(DicomDataset dataset, ReadOnlySpan<byte> frame)
    {
        var layout = PixelLayout.FromDataset(dataset);
        if (frame.Length < layout.FrameLength)
        {
            throw new RenderingNotSupportedException($"The frame has {frame.Length} bytes; {layout.Rows}x{layout.Columns} pixels need {layout.FrameLength}.");
        }
        return layout.Photometric switch
        {
            "MONOCHROME1" or "MONOCHROME2" when layout.Samples == 1 => RenderGrey(dataset, layout, frame),
            "RGB" or "YBR_FULL" when layout.Samples == 3 => RenderColour(layout, frame),
            _ => throw new RenderingNotSupportedException(
                $"Photometric Interpretation {layout.Photometric} with {layout.Samples} samples per pixel is not rendered (MONOCHROME1/2, RGB and YBR_FULL are)."),
        };
    }

    private static SKBitmap RenderGrey(DicomDataset dataset, PixelLayout layout, ReadOnlySpan<byte> frame)
    {
        var count = layout.Rows * layout.Columns;
        var slope = dataset.TryGetValue<double>(DicomTags.RescaleSlope, out var s) && s != 0 ? s : 1.0;
        var intercept = dataset.TryGetValue<double>(DicomTags.RescaleIntercept, out var b) ? b : 0.0;
        VoiWindow window;
        if (dataset.TryGetValue<double>(DicomTags.WindowCenter, out var center) && dataset.TryGetValue<double>(DicomTags.WindowWidth, out var width) && width >= 1)
        {
            window = new VoiWindow(center, width);
        }
        else
        {
            long min = long.MaxValue, max = long.MinValue;
            for (var i = 0; i < count; i++)
            {
                var v = layout.Sample(frame, i);
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
            var a = min * slope + intercept;
            var z = max * slope + intercept;
            window = VoiWindow.FromRange(Math.Min(a, z), Math.Max(a, z));
        }
        var invert = layout.Photometric == "MONOCHROME1";
        var pixels = new byte[count];
        for (var i = 0; i < count; i++)
        {
            var value = window.Apply(layout.Sample(frame, i) * slope + intercept);
            pixels[i] = invert ? (byte)(255 - value) : value;
        }
        return ToBitmap(pixels, layout.Columns, layout.Rows, SKColorType.Gray8, 1);
    }

    private static SKBitmap RenderColour(PixelLayout layout, ReadOnlySpan<byte> frame)
    {
        var count = layout.Rows * layout.Columns;
        var shift = Math.Max(0, layout.BitsStored - 8);
        var pixels = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            // Planar configuration 1 holds each sample's plane in turn; 0 interleaves them pixel by pixel.
            int i0, i1, i2;
            if (layout.Planar)
            {
                (i0, i1, i2) = (i, count + i, 2 * count + i);
            }
            else
            {
                (i0, i1, i2) = (3 * i, 3 * i + 1, 3 * i + 2);
            }
            var c0 = (int)(layout.Sample(frame, i0) >> shift);
            var c1 = (int)(layout.Sample(frame, i1) >> shift);
            var c2 = (int)(layout.Sample(frame, i2) >> shift);
            if (layout.Photometric == "YBR_FULL")
            {
                (c0, c1, c2) = YbrFullToRgb(c0, c1, c2);
            }
            pixels[4 * i] = (byte)Math.Clamp(c0, 0, 255);
            pixels[4 * i + 1] = (byte)Math.Clamp(c1, 0, 255);
            pixels[4 * i + 2] = (byte)Math.Clamp(c2, 0, 255);
            pixels[4 * i + 3] = 255;
        }
        return ToBitmap(pixels, layout.Columns, layout.Rows, SKColorType.Rgba8888, 4);
    }

    // PS3.3 C.7.6.3.1.2: YBR_FULL is full-range ITU-R BT.601 YCbCr.
    private static (int R, int G, int B) YbrFullToRgb(int y, int cb, int cr) => (
        (int)Math.Round(y + 1.402 * (cr - 128)),
        (int)Math.Round(y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128)),
        (int)Math.Round(y + 1.772 * (cb - 128)));

    private static SKBitmap ToBitmap(byte[] pixels, int width, int height, SKColorType colorType, int bytesPerPixel)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, colorType, SKAlphaType.Opaque));
        var address = bitmap.GetPixels();
        var rowLength = width * bytesPerPixel;
        for (var row = 0; row < height; row++)
        {
            Marshal.Copy(pixels, row * rowLength, address + row * bitmap.RowBytes, rowLength);
        }
        return bitmap;
    }

    /// <summary>Where each sample of a frame is and how to read it.</summary>
    private sealed record PixelLayout(int Rows, int Columns, int Samples, int BitsAllocated, int BitsStored, bool Signed, bool Planar, string Photometric)
    {
        public long FrameLength => (long)Rows * Columns * Samples * (BitsAllocated / 8);

        public static PixelLayout FromDataset(DicomDataset dataset)
        {
            var rows = dataset.TryGetValue<int>(CoreTags.Rows, out var r) ? r : 0;
            var columns = dataset.TryGetValue<int>(CoreTags.Columns, out var c) ? c : 0;
            var bits = dataset.TryGetValue<int>(CoreTags.BitsAllocated, out var a) ? a : 0;
            if (rows <= 0 || columns <= 0 || bits is not (8 or 16 or 32))
            {
                throw new RenderingNotSupportedException($"Rows {rows}, Columns {columns}, Bits Allocated {bits}: only 8, 16 and 32 bits allocated are rendered.");
            }
            var stored = dataset.TryGetValue<int>(DicomTags.BitsStored, out var bs) && bs > 0 && bs <= bits ? bs : bits;
            var samples = dataset.TryGetValue<int>(CoreTags.SamplesPerPixel, out var sp) && sp > 0 ? sp : 1;
            var signed = dataset.TryGetValue<int>(DicomTags.PixelRepresentation, out var pr) && pr == 1;
            var planar = dataset.TryGetValue<int>(DicomTags.PlanarConfiguration, out var pc) && pc == 1;
            var photometric = (dataset.GetString(DicomTags.PhotometricInterpretation) ?? (samples == 3 ? "RGB" : "MONOCHROME2")).Trim().ToUpperInvariant();
            return new PixelLayout(rows, columns, samples, bits, stored, signed, planar, photometric);
        }

        /// <summary>Sample <paramref name="index"/>: masked to Bits Stored and sign-extended when Pixel Representation is 1.</summary>
        public long Sample(ReadOnlySpan<byte> frame, int index)
        {
            ulong raw = BitsAllocated switch
            {
                8 => frame[index],
                16 => BinaryPrimitives.ReadUInt16LittleEndian(frame.Slice(index * 2, 2)),
                _ => BinaryPrimitives.ReadUInt32LittleEndian(frame.Slice(index * 4, 4)),
            };
            var mask = BitsStored >= 64 ? ulong.MaxValue : (1UL << BitsStored) - 1;
            var value = (long)(raw & mask);
            if (Signed && (value & (1L << (BitsStored - 1))) != 0)
            {
                value -= 1L << BitsStored;
            }
            return value;
        }
    }
}

using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Pixels;

/// <summary>
/// Extracts one frame (1-based, as in WADO-RS) of native or encapsulated pixel data, touching only that frame's bytes:
/// in-memory native frames are slices, not copies; referenced pixel data is read only over the frame's range.
/// </summary>
public static class DicomFrames
{
    /// <summary>The number of frames: Number of Frames (0028,0008), or 1 when absent.</summary>
    public static int GetFrameCount(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.TryGetValue<int>(CoreTags.NumberOfFrames, out var frames) && frames > 0 ? frames : 1;
    }

    /// <summary>
    /// The bytes of frame <paramref name="frameNumber"/> (1-based). Native frames come little endian (big-endian data
    /// is swapped), with Bits Allocated 1 frames shifted to start at bit 0; encapsulated frames are the compressed bytes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The frame number is not between 1 and the frame count.</exception>
    /// <exception cref="InvalidOperationException">There is no pixel data, or encapsulated pixel data does not hold that frame.</exception>
    /// <exception cref="DicomFrameException">
    /// Native pixel data: the image attributes are missing, their product overflows, or they describe more bytes than
    /// the pixel data holds (the message names the attributes and their values).
    /// </exception>
    public static ReadOnlyMemory<byte> GetFrame(DicomDataset dataset, int frameNumber) =>
        GetFrameCoreAsync(dataset, frameNumber, async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The bytes of frame <paramref name="frameNumber"/> (1-based), reading referenced data asynchronously.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The frame number is not between 1 and the frame count.</exception>
    /// <exception cref="InvalidOperationException">There is no pixel data, or encapsulated pixel data does not hold that frame.</exception>
    /// <exception cref="DicomFrameException">
    /// Native pixel data: the image attributes are missing, their product overflows, or they describe more bytes than
    /// the pixel data holds (the message names the attributes and their values).
    /// </exception>
    public static ValueTask<ReadOnlyMemory<byte>> GetFrameAsync(DicomDataset dataset, int frameNumber, CancellationToken cancellationToken) =>
        GetFrameCoreAsync(dataset, frameNumber, async: true, cancellationToken);

    private static async ValueTask<ReadOnlyMemory<byte>> GetFrameCoreAsync(DicomDataset dataset, int frameNumber, bool async, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var frameCount = GetFrameCount(dataset);
        if (frameNumber < 1 || frameNumber > frameCount)
        {
            throw new ArgumentOutOfRangeException(nameof(frameNumber), $"Frame {frameNumber} asked for; the instance has frames 1 to {frameCount}.");
        }
        var pixels = dataset[CoreTags.PixelData] ?? dataset[CoreTags.FloatPixelData] ?? dataset[CoreTags.DoubleFloatPixelData]
            ?? throw new InvalidOperationException("The data set has no pixel data.");
        if (pixels is DicomFragments fragments)
        {
            return await EncapsulatedFrames.GetFrameAsync(dataset, fragments, frameNumber, frameCount, async, ct).ConfigureAwait(false);
        }
        return await GetNativeFrameAsync(DicomImageGeometry.FromDataset(dataset), pixels, frameNumber, async, ct).ConfigureAwait(false);
    }

    private static async ValueTask<ReadOnlyMemory<byte>> GetNativeFrameAsync(DicomImageGeometry geometry, DicomElement pixels, int frameNumber, bool async, CancellationToken ct)
    {
        var frameBits = geometry.FrameBits;
        // Frames past the pixel data are refused below; this bound only keeps the arithmetic from overflowing.
        if (frameBits > long.MaxValue / 8 / Math.Max(1, frameNumber))
        {
            throw new DicomFrameException($"Frame {frameNumber} of {geometry.Describe()} lies beyond any possible pixel data.");
        }
        var startBit = frameBits * (frameNumber - 1);
        var startByte = startBit / 8;
        var shift = (int)(startBit % 8);
        // A Bits Allocated 1 frame that starts mid-byte needs the byte after its last one too.
        var length = shift == 0 ? geometry.FrameLength : (frameBits + shift + 7) / 8;
        if (startByte + length > pixels.Length)
        {
            throw new DicomFrameException(
                $"Frame {frameNumber} of {geometry.Describe()} needs bytes {startByte} to {startByte + length}, but Pixel Data {pixels.Tag} holds {pixels.Length} bytes.");
        }
        if (length > Array.MaxLength)
        {
            throw new DicomFrameException($"A frame of {geometry.Describe()} has {length} bytes, more than one array holds.");
        }
        ReadOnlyMemory<byte> bytes;
        if (pixels.StreamRange is { } range)
        {
            try
            {
                bytes = async
                    ? await range.ReadAsync(startByte, (int)length, ct).ConfigureAwait(false)
                    : range.Read(startByte, (int)length);
            }
            catch (EndOfStreamException ex)
            {
                // A truncated file: the element's header promised bytes that the source does not hold.
                throw new DicomFrameException($"Frame {frameNumber} of {geometry.Describe()} lies past the end of the file that holds Pixel Data {pixels.Tag}.", ex);
            }
        }
        else
        {
            bytes = pixels.Value.Slice((int)startByte, (int)length);
        }
        if (bytes.Length != length)
        {
            throw new DicomFrameException($"Frame {frameNumber} of {geometry.Describe()} needs {length} bytes; the source of Pixel Data {pixels.Tag} gave {bytes.Length}.");
        }
        if (shift != 0)
        {
            return ShiftBits(bytes.Span, shift, geometry.FrameLength);
        }
        if (pixels.IsBigEndian && geometry.BitsAllocated > 8)
        {
            return SwapToLittleEndian(bytes.Span, pixels.VR == DicomVR.OW ? 2 : geometry.BitsAllocated / 8);
        }
        return bytes;
    }

    // Bits Allocated 1 packs pixels from the least significant bit; frame k starts wherever frame k-1 ended.
    private static byte[] ShiftBits(ReadOnlySpan<byte> source, int shift, long frameLength)
    {
        var result = new byte[frameLength];
        for (var i = 0; i < result.Length; i++)
        {
            var low = source[i] >> shift;
            var high = i + 1 < source.Length ? source[i + 1] << (8 - shift) : 0;
            result[i] = (byte)(low | high);
        }
        return result;
    }

    private static byte[] SwapToLittleEndian(ReadOnlySpan<byte> source, int size)
    {
        var result = source.ToArray();
        if (size == 2)
        {
            for (var i = 0; i + 1 < result.Length; i += 2)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(result.AsSpan(i), BinaryPrimitives.ReadUInt16BigEndian(source[i..]));
            }
        }
        else if (size > 2)
        {
            for (var i = 0; i + size <= result.Length; i += size)
            {
                Array.Reverse(result, i, size);
            }
        }
        return result;
    }
}

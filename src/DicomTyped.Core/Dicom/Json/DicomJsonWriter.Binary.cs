using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

// InlineBinary and BulkDataURI of binary values, streamed in chunks so a referenced value is never loaded whole.
public static partial class DicomJsonWriter
{
    // A multiple of 3 and of 8: each chunk encodes to whole base64 quartets and holds whole 64-bit words to swap.
    private const int ChunkSize = 48 * 1024;

    // Above this the writer's pending bytes are flushed, so a long base64 string does not grow its buffer.
    private const int FlushThreshold = 64 * 1024;

    private static void WriteBinary(Utf8JsonWriter writer, DicomElement element, DicomVR vr, DicomJsonWriterOptions options)
    {
        var fragments = element as DicomFragments;
        if (fragments is null && element.Length == 0)
        {
            return;
        }
        if (options.BulkDataUriProvider?.Invoke(element) is { } uri)
        {
            writer.WriteString("BulkDataURI"u8, uri);
            return;
        }
        writer.WritePropertyName("InlineBinary"u8);
        if (fragments is not null)
        {
            WriteEncapsulated(writer, fragments);
            return;
        }
        var swapSize = element.IsBigEndian ? SwapSize(vr) : 1;
        if (element.StreamRange is null && swapSize == 1)
        {
            writer.WriteBase64StringValue(element.Value.Span);
            return;
        }
        if (element.StreamRange is { } range)
        {
            WriteRange(writer, range, swapSize);
        }
        else
        {
            WriteSegment(writer, element.Value.Span, swapSize);
        }
        writer.WriteBase64StringSegment([], isFinalSegment: true);
    }

    // Part 10's encapsulated value (PS3.5 A.4) without the sequence delimiter: an item per fragment after the offset table.
    private static void WriteEncapsulated(Utf8JsonWriter writer, DicomFragments fragments)
    {
        WriteItemHeader(writer, fragments.BasicOffsetTableBytes.Length);
        WriteSegment(writer, fragments.BasicOffsetTableBytes.Span, 1);
        foreach (var fragment in fragments.Fragments)
        {
            // Fragments are even-length on the wire; an odd one is padded as the Part 10 writer pads it.
            var odd = (fragment.Length & 1) == 1;
            WriteItemHeader(writer, fragment.Length + (odd ? 1 : 0));
            if (fragment.StreamRange is { } range)
            {
                WriteRange(writer, range, 1);
            }
            else
            {
                WriteSegment(writer, fragment.Data.Span, 1);
            }
            if (odd)
            {
                writer.WriteBase64StringSegment([0], isFinalSegment: false);
            }
        }
        writer.WriteBase64StringSegment([], isFinalSegment: true);
    }

    private static void WriteItemHeader(Utf8JsonWriter writer, long length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xE000FFFEu);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], checked((uint)length));
        writer.WriteBase64StringSegment(header, isFinalSegment: false);
    }

    private static void WriteRange(Utf8JsonWriter writer, DicomStreamRange range, int swapSize)
    {
        for (long done = 0; done < range.Length; done += ChunkSize)
        {
            var chunk = range.Read(done, (int)Math.Min(ChunkSize, range.Length - done));
            WriteSegment(writer, chunk, swapSize);
        }
    }

    private static void WriteSegment(Utf8JsonWriter writer, ReadOnlySpan<byte> bytes, int swapSize)
    {
        if (swapSize == 1)
        {
            for (var done = 0; done < bytes.Length; done += ChunkSize)
            {
                writer.WriteBase64StringSegment(bytes.Slice(done, Math.Min(ChunkSize, bytes.Length - done)), isFinalSegment: false);
                FlushIfLarge(writer);
            }
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (var done = 0; done < bytes.Length; done += ChunkSize)
            {
                var source = bytes.Slice(done, Math.Min(ChunkSize, bytes.Length - done));
                var swapped = buffer.AsSpan(0, source.Length);
                SwapToLittleEndian(source, swapped, swapSize);
                writer.WriteBase64StringSegment(swapped, isFinalSegment: false);
                FlushIfLarge(writer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    // PS3.18 F.2.7: InlineBinary holds the little-endian encoding, so words read big endian are reversed.
    private static void SwapToLittleEndian(ReadOnlySpan<byte> source, Span<byte> destination, int size)
    {
        source.CopyTo(destination);
        var whole = destination.Length - destination.Length % size;
        for (var i = 0; i < whole; i += size)
        {
            destination.Slice(i, size).Reverse();
        }
    }

    private static int SwapSize(DicomVR vr)
    {
        if (vr == DicomVR.OW) return 2;
        if (vr == DicomVR.OF || vr == DicomVR.OL) return 4;
        if (vr == DicomVR.OD || vr == DicomVR.OV) return 8;
        return 1;
    }
}

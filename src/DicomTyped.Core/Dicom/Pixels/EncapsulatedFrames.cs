using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Pixels;

/// <summary>
/// Maps frames of encapsulated pixel data to fragments: by the Extended Offset Table, the Basic Offset Table, one
/// fragment per frame, or (when none of those applies) by the JPEG / JPEG 2000 start markers that open each frame.
/// </summary>
internal static class EncapsulatedFrames
{
    public static async ValueTask<ReadOnlyMemory<byte>> GetFrameAsync(DicomDataset dataset, DicomFragments pixels, int frameNumber, int frameCount, bool async, CancellationToken ct)
    {
        var fragments = pixels.Fragments;
        var (first, count) = Locate(dataset, pixels, frameNumber, frameCount);
        if (count == 1)
        {
            return async ? await fragments[first].GetDataAsync(ct).ConfigureAwait(false) : fragments[first].Data;
        }
        long total = 0;
        for (var i = first; i < first + count; i++)
        {
            total += fragments[i].Length;
        }
        if (total > Array.MaxLength)
        {
            throw new InvalidOperationException($"Frame {frameNumber} has {total} bytes, too many for one array.");
        }
        var frame = new byte[total];
        var at = 0;
        for (var i = first; i < first + count; i++)
        {
            var data = async ? await fragments[i].GetDataAsync(ct).ConfigureAwait(false) : fragments[i].Data;
            data.CopyTo(frame.AsMemory(at));
            at += data.Length;
        }
        return frame;
    }

    /// <summary>The first fragment of the frame and how many fragments it has.</summary>
    private static (int First, int Count) Locate(DicomDataset dataset, DicomFragments pixels, int frameNumber, int frameCount)
    {
        var fragments = pixels.Fragments;
        if (fragments.Count == 0)
        {
            throw new InvalidOperationException("The encapsulated pixel data has no fragments.");
        }
        var offsets = ReadOffsets(dataset, pixels, frameCount);
        if (offsets is not null)
        {
            return ByOffsets(fragments, offsets, frameNumber);
        }
        if (fragments.Count == frameCount)
        {
            return (frameNumber - 1, 1);
        }
        if (frameCount == 1)
        {
            return (0, fragments.Count);
        }
        var starts = new List<int>();
        for (var i = 0; i < fragments.Count; i++)
        {
            if (StartsFrame(fragments[i]))
            {
                starts.Add(i);
            }
        }
        if (starts.Count != frameCount || starts[0] != 0)
        {
            throw new InvalidOperationException($"The {fragments.Count} fragments cannot be matched to {frameCount} frames: there is no offset table and {starts.Count} fragments start a JPEG image.");
        }
        var end = frameNumber < frameCount ? starts[frameNumber] : fragments.Count;
        return (starts[frameNumber - 1], end - starts[frameNumber - 1]);
    }

    private static ulong[]? ReadOffsets(DicomDataset dataset, DicomFragments pixels, int frameCount)
    {
        if (dataset.TryGetElement(CoreTags.ExtendedOffsetTable, out var extended) && extended.Length >= 8)
        {
            var table = new ulong[extended.Length / 8];
            var span = extended.Value.Span;
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(i * 8, 8));
            }
            return table.Length == frameCount ? table : throw new InvalidOperationException($"The Extended Offset Table has {table.Length} entries for {frameCount} frames.");
        }
        if (pixels.BasicOffsetTableBytes.Length >= 4)
        {
            var basic = pixels.GetBasicOffsetTable();
            return basic.Length == frameCount
                ? Array.ConvertAll(basic, o => (ulong)o)
                : throw new InvalidOperationException($"The Basic Offset Table has {basic.Length} entries for {frameCount} frames.");
        }
        return null;
    }

    // Offsets count from the first fragment's item tag; each fragment takes 8 header bytes plus its length.
    private static (int First, int Count) ByOffsets(List<DicomFragment> fragments, ulong[] offsets, int frameNumber)
    {
        var start = offsets[frameNumber - 1];
        var end = frameNumber < offsets.Length ? offsets[frameNumber] : ulong.MaxValue;
        int first = -1, count = 0;
        ulong position = 0;
        for (var i = 0; i < fragments.Count && position < end; i++)
        {
            if (position == start)
            {
                first = i;
            }
            if (first >= 0)
            {
                count++;
            }
            position += 8 + (ulong)fragments[i].Length;
        }
        if (first < 0 || count == 0)
        {
            throw new InvalidOperationException($"The offset table points frame {frameNumber} at byte {start}, where no fragment starts.");
        }
        return (first, count);
    }

    private static bool StartsFrame(DicomFragment fragment)
    {
        if (fragment.Length < 2)
        {
            return false;
        }
        var head = fragment.StreamRange is { } range ? range.Read(0, 2) : fragment.Data.Span[..2].ToArray();
        // FFD8 is the JPEG / JPEG-LS start of image; FF4F the JPEG 2000 start of codestream.
        return head[0] == 0xFF && (head[1] == 0xD8 || head[1] == 0x4F);
    }
}

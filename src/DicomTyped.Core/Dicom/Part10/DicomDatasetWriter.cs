using System;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// Writes data set elements in one encoding. Values are written as held; only binary values read in the other byte
/// order are swapped, and sequences and items keep the length form (defined or undefined) they were read with.
/// Odd-length values and fragments, which PS3.5 7.1.1 and A.4 forbid but some files carry, are padded to even length.
/// </summary>
internal sealed class DicomDatasetWriter
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private static readonly DicomDatasetWriter s_implicitLittle = new(explicitVR: false, bigEndian: false);

    private readonly bool _explicitVR;
    private readonly bool _bigEndian;

    public DicomDatasetWriter(bool explicitVR, bool bigEndian)
    {
        _explicitVR = explicitVR;
        _bigEndian = bigEndian;
    }

    public async ValueTask WriteDatasetAsync(DicomOutput output, DicomDataset dataset, bool async, CancellationToken ct)
    {
        foreach (var element in dataset)
        {
            await WriteElementAsync(output, element, async, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The encoded length of a data set's elements in this encoding.</summary>
    public long MeasureDataset(DicomDataset dataset)
    {
        long total = 0;
        foreach (var element in dataset)
        {
            total += MeasureElement(element);
        }
        return total;
    }

    private long MeasureElement(DicomElement element)
    {
        var header = HeaderLength(element.VR);
        switch (element)
        {
            case DicomSequence sequence:
                var itemWriter = ItemWriter(sequence);
                long content = 0;
                foreach (var item in sequence.Items)
                {
                    content += 8 + itemWriter.MeasureDataset(item) + (item.HasUndefinedItemLength ? 8 : 0);
                }
                return header + content + (sequence.HasUndefinedLength ? 8 : 0);
            case DicomFragments fragments:
                long total = header + 8 + Even(fragments.BasicOffsetTableBytes.Length) + 8;
                foreach (var fragment in fragments.Fragments)
                {
                    total += 8 + Even(fragment.Length);
                }
                return total;
            default:
                return header + Even(element.Length);
        }
    }

    private async ValueTask WriteElementAsync(DicomOutput output, DicomElement element, bool async, CancellationToken ct)
    {
        switch (element)
        {
            case DicomSequence sequence:
                await WriteSequenceAsync(output, sequence, async, ct).ConfigureAwait(false);
                return;
            case DicomFragments fragments:
                await WriteHeaderAsync(output, element.Tag, element.VR, UndefinedLength, async, ct).ConfigureAwait(false);
                await WriteItemAsync(output, fragments.BasicOffsetTableBytes, async, ct).ConfigureAwait(false);
                foreach (var fragment in fragments.Fragments)
                {
                    if (fragment.StreamRange is { } range)
                    {
                        await WriteTagAsync(output, CoreTags.Item, (uint)Even(range.Length), async, ct).ConfigureAwait(false);
                        await output.CopyRangeAsync(range, async, ct).ConfigureAwait(false);
                        await PadAsync(output, range.Length, 0, async, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await WriteItemAsync(output, fragment.Data, async, ct).ConfigureAwait(false);
                    }
                }
                await WriteTagAsync(output, CoreTags.SequenceDelimitationItem, 0, async, ct).ConfigureAwait(false);
                return;
        }
        var length = Even(element.Length);
        if (length > uint.MaxValue - 1 || (_explicitVR && !element.VR.HasLongExplicitLength && length > ushort.MaxValue))
        {
            throw new Validation.DicomValidationException(element.Tag, element.VR, Validation.DicomValidationRule.LengthField,
                $"{length} bytes, more than its {(_explicitVR && !element.VR.HasLongExplicitLength ? "16" : "32")}-bit length field can hold");
        }
        await WriteHeaderAsync(output, element.Tag, element.VR, (uint)length, async, ct).ConfigureAwait(false);
        if (element.StreamRange is { } source && element.IsBigEndian == _bigEndian)
        {
            await output.CopyRangeAsync(source, async, ct).ConfigureAwait(false);
            await PadAsync(output, source.Length, element.VR.PaddingByte, async, ct).ConfigureAwait(false);
            return;
        }
        var value = element.Value;
        if (element.IsBigEndian != _bigEndian)
        {
            value = Swap(value, element.VR);
        }
        await output.WriteAsync(value, async, ct).ConfigureAwait(false);
        await PadAsync(output, value.Length, element.VR.PaddingByte, async, ct).ConfigureAwait(false);
    }

    private static long Even(long length) => length + (length & 1);

    private static async ValueTask PadAsync(DicomOutput output, long writtenLength, byte padding, bool async, CancellationToken ct)
    {
        if ((writtenLength & 1) == 1)
        {
            await output.ReserveAsync(1, async, ct).ConfigureAwait(false);
            output.WriteRaw([padding]);
        }
    }

    private async ValueTask WriteSequenceAsync(DicomOutput output, DicomSequence sequence, bool async, CancellationToken ct)
    {
        var itemWriter = ItemWriter(sequence);
        // A UN sequence is implicit VR little endian inside (PS3.5 6.2.2), so it must be delimited rather than measured.
        var undefined = sequence.HasUndefinedLength || sequence.VR == DicomVR.UN;
        var length = undefined ? UndefinedLength : CheckedLength(MeasureElement(sequence) - HeaderLength(sequence.VR), sequence.Tag);
        await WriteHeaderAsync(output, sequence.Tag, sequence.VR, length, async, ct).ConfigureAwait(false);
        foreach (var item in sequence.Items)
        {
            var itemLength = item.HasUndefinedItemLength ? UndefinedLength : CheckedLength(itemWriter.MeasureDataset(item), sequence.Tag);
            await itemWriter.WriteTagAsync(output, CoreTags.Item, itemLength, async, ct).ConfigureAwait(false);
            await itemWriter.WriteDatasetAsync(output, item, async, ct).ConfigureAwait(false);
            if (item.HasUndefinedItemLength)
            {
                await itemWriter.WriteTagAsync(output, CoreTags.ItemDelimitationItem, 0, async, ct).ConfigureAwait(false);
            }
        }
        if (undefined)
        {
            await itemWriter.WriteTagAsync(output, CoreTags.SequenceDelimitationItem, 0, async, ct).ConfigureAwait(false);
        }
    }

    private DicomDatasetWriter ItemWriter(DicomSequence sequence) => sequence.VR == DicomVR.UN ? s_implicitLittle : this;

    private async ValueTask WriteItemAsync(DicomOutput output, ReadOnlyMemory<byte> value, bool async, CancellationToken ct)
    {
        await WriteTagAsync(output, CoreTags.Item, (uint)Even(value.Length), async, ct).ConfigureAwait(false);
        await output.WriteAsync(value, async, ct).ConfigureAwait(false);
        await PadAsync(output, value.Length, 0, async, ct).ConfigureAwait(false);
    }

    private async ValueTask WriteTagAsync(DicomOutput output, DicomTag tag, uint length, bool async, CancellationToken ct)
    {
        await output.ReserveAsync(8, async, ct).ConfigureAwait(false);
        output.WriteUInt16(tag.Group, _bigEndian);
        output.WriteUInt16(tag.Element, _bigEndian);
        output.WriteUInt32(length, _bigEndian);
    }

    private async ValueTask WriteHeaderAsync(DicomOutput output, DicomTag tag, DicomVR vr, uint length, bool async, CancellationToken ct)
    {
        await output.ReserveAsync(12, async, ct).ConfigureAwait(false);
        output.WriteUInt16(tag.Group, _bigEndian);
        output.WriteUInt16(tag.Element, _bigEndian);
        if (!_explicitVR)
        {
            output.WriteUInt32(length, _bigEndian);
            return;
        }
        output.WriteUInt16(vr.Code, bigEndian: true);
        if (vr.HasLongExplicitLength)
        {
            output.WriteUInt16(0, _bigEndian);
            output.WriteUInt32(length, _bigEndian);
        }
        else
        {
            output.WriteUInt16((ushort)length, _bigEndian);
        }
    }

    private int HeaderLength(DicomVR vr) => !_explicitVR || vr.HasLongExplicitLength ? (_explicitVR ? 12 : 8) : 8;

    private static uint CheckedLength(long length, DicomTag tag) =>
        length < UndefinedLength ? (uint)length : throw new Validation.DicomValidationException(tag, DicomVR.SQ, Validation.DicomValidationRule.LengthField, "too long for a defined length");

    private static ReadOnlyMemory<byte> Swap(ReadOnlyMemory<byte> value, DicomVR vr)
    {
        // AT is a pair of 16-bit numbers; other binary VRs swap at their value size; text is never swapped.
        var size = vr == DicomVR.AT ? 2 : DicomValueDecoder.BinarySize(vr);
        if (size < 2)
        {
            return value;
        }
        var swapped = value.ToArray();
        for (var i = 0; i + size <= swapped.Length; i += size)
        {
            Array.Reverse(swapped, i, size);
        }
        return swapped;
    }
}

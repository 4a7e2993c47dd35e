using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// Parses data set elements in one encoding (implicit or explicit VR, little or big endian) from a
/// <see cref="DicomInput"/>. Every length is checked against the enclosing item and the remaining input before use.
/// </summary>
internal sealed class DicomDatasetReader
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private const long NoEnd = long.MaxValue;

    private readonly DicomInput _input;
    private readonly bool _explicitVR;
    private readonly bool _bigEndian;
    private readonly DicomReadOptions _options;
    private DicomDatasetReader? _implicitReader;

    public DicomDatasetReader(DicomInput input, bool explicitVR, bool bigEndian, DicomReadOptions options)
    {
        _input = input;
        _explicitVR = explicitVR;
        _bigEndian = bigEndian;
        _options = options;
    }

    /// <summary>Set when the top-level read stopped at pixel data.</summary>
    public bool StoppedBeforePixelData { get; private set; }

    /// <summary>Reads the top-level data set up to the end of the input (or the pixel data, when asked to stop there).</summary>
    public ValueTask ReadTopLevelAsync(DicomDataset target, bool async, CancellationToken cancellationToken) =>
        ReadDatasetAsync(target, NoEnd, undefinedItem: false, depth: 0, topLevel: true, async, cancellationToken);

    /// <summary>Reads the file meta group: explicit VR little endian elements of group 0002.</summary>
    public async ValueTask ReadMetaAsync(DicomDataset target, bool async, CancellationToken cancellationToken)
    {
        while (await _input.TryEnsureAsync(4, async, cancellationToken).ConfigureAwait(false))
        {
            var group = (ushort)(_input.Peek(2)[0] | (_input.Peek(2)[1] << 8));
            if (group != 0x0002)
            {
                return;
            }
            var tag = ReadTag();
            target.AddInOrder(await ReadElementAsync(tag, NoEnd, depth: 0, topLevel: false, target, async, cancellationToken).ConfigureAwait(false));
        }
    }

    private async ValueTask ReadDatasetAsync(DicomDataset target, long end, bool undefinedItem, int depth, bool topLevel, bool async, CancellationToken ct)
    {
        while (true)
        {
            if (end != NoEnd && _input.Position >= end)
            {
                return;
            }
            if (!await _input.TryEnsureAsync(4, async, ct).ConfigureAwait(false))
            {
                if (_input.Buffered == 0 && end == NoEnd && !undefinedItem)
                {
                    return;
                }
                throw new DicomTruncatedException(undefinedItem ? "The input ended inside an item with undefined length" : "The input ended inside an element header", _input.Position);
            }
            var tagStart = _input.Position;
            var tag = PeekTag();
            if (topLevel && _options.StopBeforePixelData && tag.Value >= CoreTags.FloatPixelData.Value)
            {
                StoppedBeforePixelData = true;
                return;
            }
            _input.Advance(4);
            if (tag == CoreTags.ItemDelimitationItem)
            {
                await _input.EnsureAsync(4, tag, async, ct).ConfigureAwait(false);
                _input.Advance(4);
                if (!undefinedItem)
                {
                    throw new DicomParseException("An item delimiter appears outside an item of undefined length", tagStart, tag);
                }
                return;
            }
            if (tag.Group == 0xFFFE)
            {
                throw new DicomParseException(tag == CoreTags.SequenceDelimitationItem
                    ? "A sequence delimiter appears without a sequence"
                    : "An item tag appears outside a sequence", tagStart, tag);
            }
            var element = await ReadElementAsync(tag, end, depth, topLevel, target, async, ct).ConfigureAwait(false);
            target.AddInOrder(element);
        }
    }

    private async ValueTask<DicomElement> ReadElementAsync(DicomTag tag, long end, int depth, bool topLevel, DicomDataset parent, bool async, CancellationToken ct)
    {
        var headerStart = _input.Position - 4;
        DicomVR vr;
        uint length;
        var vrKnown = _explicitVR;
        if (_explicitVR)
        {
            await _input.EnsureAsync(4, tag, async, ct).ConfigureAwait(false);
            var code = _input.Peek(2);
            if (!DicomVR.TryFromBytes(code[0], code[1], out vr))
            {
                throw new DicomParseException($"Invalid VR bytes 0x{code[0]:X2}{code[1]:X2}", headerStart, tag);
            }
            if (vr.HasLongExplicitLength)
            {
                await _input.EnsureAsync(8, tag, async, ct).ConfigureAwait(false);
                _input.Advance(4);
                length = _input.ReadUInt32(_bigEndian);
            }
            else
            {
                _input.Advance(2);
                length = _input.ReadUInt16(_bigEndian);
            }
        }
        else
        {
            await _input.EnsureAsync(4, tag, async, ct).ConfigureAwait(false);
            length = _input.ReadUInt32(_bigEndian);
            vr = ImplicitVR(tag, out vrKnown);
        }

        if (length == UndefinedLength)
        {
            if (vr == DicomVR.SQ || (!vrKnown && vr == DicomVR.UN))
            {
                return await ReadSequenceAsync(tag, DicomVR.SQ, NoEnd, depth, parent, this, async, ct).ConfigureAwait(false);
            }
            if (vr == DicomVR.UN)
            {
                // PS3.5 6.2.2: UN with undefined length holds a sequence encoded as Implicit VR Little Endian.
                _implicitReader ??= _explicitVR || _bigEndian ? new DicomDatasetReader(_input, false, false, _options) : this;
                return await ReadSequenceAsync(tag, DicomVR.UN, NoEnd, depth, parent, _implicitReader, async, ct).ConfigureAwait(false);
            }
            if (vr == DicomVR.OB || vr == DicomVR.OW)
            {
                return await ReadFragmentsAsync(tag, vr, topLevel, async, ct).ConfigureAwait(false);
            }
            throw new DicomParseException($"Undefined length is not allowed for VR {vr}", headerStart, tag);
        }

        if (end != NoEnd && _input.Position + length > end)
        {
            throw new DicomParseException($"A length of {length} bytes runs past the end of its item ({end - _input.Position} bytes left)", headerStart, tag);
        }
        _input.CheckAvailable(length, tag);
        if (vr == DicomVR.SQ)
        {
            return await ReadSequenceAsync(tag, DicomVR.SQ, _input.Position + length, depth, parent, this, async, ct).ConfigureAwait(false);
        }
        if (!vrKnown && length >= 8 && await LooksLikeItemAsync(async, ct).ConfigureAwait(false))
        {
            return await ReadSequenceAsync(tag, DicomVR.SQ, _input.Position + length, depth, parent, this, async, ct).ConfigureAwait(false);
        }
        if (topLevel && IsPixelData(tag) && _options.PixelData == PixelDataHandling.Reference && _input.CanReference)
        {
            return new DicomElement(tag, vr, _input.Reference(length, tag), _bigEndian) { IsAsRead = true };
        }
        var value = await _input.ReadBytesAsync(length, tag, async, ct).ConfigureAwait(false);
        return new DicomElement(tag, vr, value, _bigEndian) { IsAsRead = true };
    }

    private async ValueTask<DicomSequence> ReadSequenceAsync(DicomTag tag, DicomVR vr, long end, int depth, DicomDataset parent, DicomDatasetReader itemReader, bool async, CancellationToken ct)
    {
        if (depth >= _options.MaxNestingDepth)
        {
            throw new DicomNestingLimitException(_options.MaxNestingDepth, _input.Position, tag);
        }
        var sequence = new DicomSequence(tag, vr, null) { HasUndefinedLength = end == NoEnd };
        while (end == NoEnd || _input.Position < end)
        {
            var itemStart = _input.Position;
            await _input.EnsureAsync(8, tag, async, ct).ConfigureAwait(false);
            var itemTag = itemReader.ReadTag();
            var itemLength = _input.ReadUInt32(itemReader._bigEndian);
            if (itemTag == CoreTags.SequenceDelimitationItem)
            {
                if (end != NoEnd)
                {
                    throw new DicomParseException("A sequence delimiter ends a sequence of defined length", itemStart, tag);
                }
                return sequence;
            }
            if (itemTag != CoreTags.Item)
            {
                throw new DicomParseException($"Expected an item in the sequence but found {itemTag}", itemStart, tag);
            }
            var item = new DicomDataset { Parent = parent, HasUndefinedItemLength = itemLength == UndefinedLength };
            if (itemLength == UndefinedLength)
            {
                await itemReader.ReadDatasetAsync(item, NoEnd, undefinedItem: true, depth + 1, topLevel: false, async, ct).ConfigureAwait(false);
            }
            else
            {
                if (end != NoEnd && _input.Position + itemLength > end)
                {
                    throw new DicomParseException($"An item of {itemLength} bytes runs past the end of its sequence", itemStart, tag);
                }
                _input.CheckAvailable(itemLength, tag);
                await itemReader.ReadDatasetAsync(item, _input.Position + itemLength, undefinedItem: false, depth + 1, topLevel: false, async, ct).ConfigureAwait(false);
                if (_input.Position != itemStart + 8 + itemLength)
                {
                    throw new DicomParseException("The last element of an item runs past the item's length", _input.Position, tag);
                }
            }
            sequence.Items.Add(item);
        }
        if (_input.Position != end)
        {
            throw new DicomParseException("The last item runs past the sequence's length", _input.Position, tag);
        }
        return sequence;
    }

    private async ValueTask<DicomFragments> ReadFragmentsAsync(DicomTag tag, DicomVR vr, bool topLevel, bool async, CancellationToken ct)
    {
        var reference = topLevel && IsPixelData(tag) && _options.PixelData == PixelDataHandling.Reference && _input.CanReference;
        ReadOnlyMemory<byte>? offsetTable = null;
        var fragments = new List<DicomFragment>();
        while (true)
        {
            var itemStart = _input.Position;
            await _input.EnsureAsync(8, tag, async, ct).ConfigureAwait(false);
            var itemTag = ReadTag();
            var itemLength = _input.ReadUInt32(_bigEndian);
            if (itemTag == CoreTags.SequenceDelimitationItem)
            {
                return new DicomFragments(tag, vr, offsetTable ?? ReadOnlyMemory<byte>.Empty, fragments);
            }
            if (itemTag != CoreTags.Item)
            {
                throw new DicomParseException($"Expected a fragment item in encapsulated pixel data but found {itemTag}", itemStart, tag);
            }
            if (itemLength == UndefinedLength)
            {
                throw new DicomParseException("A fragment has undefined length", itemStart, tag);
            }
            if (offsetTable is null)
            {
                offsetTable = await _input.ReadBytesAsync(itemLength, tag, async, ct).ConfigureAwait(false);
            }
            else if (reference)
            {
                fragments.Add(new DicomFragment(_input.Reference(itemLength, tag)));
            }
            else
            {
                fragments.Add(new DicomFragment(await _input.ReadBytesAsync(itemLength, tag, async, ct).ConfigureAwait(false)));
            }
        }
    }

    private async ValueTask<bool> LooksLikeItemAsync(bool async, CancellationToken ct)
    {
        await _input.EnsureAsync(4, null, async, ct).ConfigureAwait(false);
        return PeekTag() == CoreTags.Item;
    }

    /// <summary>The VR of an implicit-VR element: from the dictionary, else UN (<paramref name="known"/> false).</summary>
    internal static DicomVR ImplicitVR(DicomTag tag, out bool known)
    {
        known = true;
        if (tag.Element == 0x0000)
        {
            return DicomVR.UL;
        }
        if (tag.IsPrivateCreator)
        {
            return DicomVR.LO;
        }
        if (tag == CoreTags.PixelData)
        {
            return DicomVR.OW;
        }
        if (!tag.IsPrivate && DicomDictionary.TryGetEntry(tag, out var entry) && !entry.VR.IsUnknown)
        {
            return entry.VR;
        }
        known = false;
        return DicomVR.UN;
    }

    internal static bool IsPixelData(DicomTag tag) =>
        tag == CoreTags.PixelData || tag == CoreTags.FloatPixelData || tag == CoreTags.DoubleFloatPixelData;

    private DicomTag PeekTag()
    {
        var span = _input.Peek(4);
        return _bigEndian
            ? new DicomTag((ushort)((span[0] << 8) | span[1]), (ushort)((span[2] << 8) | span[3]))
            : new DicomTag((ushort)(span[0] | (span[1] << 8)), (ushort)(span[2] | (span[3] << 8)));
    }

    private DicomTag ReadTag()
    {
        var group = _input.ReadUInt16(_bigEndian);
        var element = _input.ReadUInt16(_bigEndian);
        return new DicomTag(group, element);
    }
}

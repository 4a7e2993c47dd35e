using System;
using System.Collections.Generic;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The synchronous twin of <see cref="DicomDatasetReader"/> for input read into memory (<see cref="DicomBufferInput"/>):
/// the same checks and the same exceptions, without async state machines, and with values sliced out of the input
/// rather than copied. Every length is checked against the enclosing item and the remaining input before use.
/// </summary>
internal sealed class DicomBufferReader
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private const long NoEnd = long.MaxValue;

    private readonly DicomBufferInput _input;
    private readonly bool _explicitVR;
    private readonly bool _bigEndian;
    private readonly DicomReadOptions _options;
    private DicomBufferReader? _implicitReader;

    public DicomBufferReader(DicomBufferInput input, bool explicitVR, bool bigEndian, DicomReadOptions options)
    {
        _input = input;
        _explicitVR = explicitVR;
        _bigEndian = bigEndian;
        _options = options;
    }

    /// <summary>Set when the top-level read stopped at pixel data.</summary>
    public bool StoppedBeforePixelData { get; private set; }

    /// <summary>Reads the top-level data set up to the end of the input (or the pixel data, when asked to stop there).</summary>
    public void ReadTopLevel(DicomDataset target) => ReadDataset(target, NoEnd, undefinedItem: false, depth: 0, topLevel: true);

    /// <summary>Reads the file meta group: explicit VR little endian elements of group 0002.</summary>
    public void ReadMeta(DicomDataset target)
    {
        while (_input.TryEnsure(4))
        {
            var head = _input.Peek(2);
            if ((head[0] | (head[1] << 8)) != 0x0002)
            {
                return;
            }
            var tag = ReadTag();
            target.AddInOrder(ReadElement(tag, NoEnd, depth: 0, topLevel: false, target));
        }
    }

    private void ReadDataset(DicomDataset target, long end, bool undefinedItem, int depth, bool topLevel)
    {
        while (true)
        {
            if (end != NoEnd && _input.Position >= end)
            {
                return;
            }
            if (!_input.TryEnsure(4))
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
                _input.Ensure(4, tag);
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
            target.AddInOrder(ReadElement(tag, end, depth, topLevel, target));
        }
    }

    private DicomElement ReadElement(DicomTag tag, long end, int depth, bool topLevel, DicomDataset parent)
    {
        var headerStart = _input.Position - 4;
        DicomVR vr;
        uint length;
        var vrKnown = _explicitVR;
        if (_explicitVR)
        {
            _input.Ensure(4, tag);
            var code = _input.Peek(2);
            if (!ExplicitVRCodes.TryGet(code[0], code[1], out vr, out var longLength))
            {
                throw new DicomParseException($"Invalid VR bytes 0x{code[0]:X2}{code[1]:X2}", headerStart, tag);
            }
            if (longLength)
            {
                _input.Ensure(8, tag);
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
            _input.Ensure(4, tag);
            length = _input.ReadUInt32(_bigEndian);
            vr = DicomDatasetReader.ImplicitVR(tag, out vrKnown);
        }

        if (length == UndefinedLength)
        {
            if (vr == DicomVR.SQ || (!vrKnown && vr == DicomVR.UN))
            {
                return ReadSequence(tag, DicomVR.SQ, NoEnd, depth, parent, this);
            }
            if (vr == DicomVR.UN)
            {
                // PS3.5 6.2.2: UN with undefined length holds a sequence encoded as Implicit VR Little Endian.
                _implicitReader ??= _explicitVR || _bigEndian ? new DicomBufferReader(_input, false, false, _options) : this;
                return ReadSequence(tag, DicomVR.UN, NoEnd, depth, parent, _implicitReader);
            }
            if (vr == DicomVR.OB || vr == DicomVR.OW)
            {
                return ReadFragments(tag, vr);
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
            return ReadSequence(tag, DicomVR.SQ, _input.Position + length, depth, parent, this);
        }
        if (!vrKnown && length >= 8 && LooksLikeItem())
        {
            return ReadSequence(tag, DicomVR.SQ, _input.Position + length, depth, parent, this);
        }
        return new DicomElement(tag, vr, _input.ReadValue(length, tag), _bigEndian) { IsAsRead = true };
    }

    private DicomSequence ReadSequence(DicomTag tag, DicomVR vr, long end, int depth, DicomDataset parent, DicomBufferReader itemReader)
    {
        if (depth >= _options.MaxNestingDepth)
        {
            throw new DicomNestingLimitException(_options.MaxNestingDepth, _input.Position, tag);
        }
        var sequence = new DicomSequence(tag, vr, null) { HasUndefinedLength = end == NoEnd };
        while (end == NoEnd || _input.Position < end)
        {
            var itemStart = _input.Position;
            _input.Ensure(8, tag);
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
                itemReader.ReadDataset(item, NoEnd, undefinedItem: true, depth + 1, topLevel: false);
            }
            else
            {
                if (end != NoEnd && _input.Position + itemLength > end)
                {
                    throw new DicomParseException($"An item of {itemLength} bytes runs past the end of its sequence", itemStart, tag);
                }
                _input.CheckAvailable(itemLength, tag);
                itemReader.ReadDataset(item, _input.Position + itemLength, undefinedItem: false, depth + 1, topLevel: false);
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

    private DicomFragments ReadFragments(DicomTag tag, DicomVR vr)
    {
        ReadOnlyMemory<byte>? offsetTable = null;
        var fragments = new List<DicomFragment>();
        while (true)
        {
            var itemStart = _input.Position;
            _input.Ensure(8, tag);
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
            _input.CheckAvailable(itemLength, tag);
            var data = _input.ReadValue(itemLength, tag);
            if (offsetTable is null)
            {
                offsetTable = data;
            }
            else
            {
                fragments.Add(new DicomFragment(data));
            }
        }
    }

    private bool LooksLikeItem()
    {
        _input.Ensure(4, null);
        return PeekTag() == CoreTags.Item;
    }

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

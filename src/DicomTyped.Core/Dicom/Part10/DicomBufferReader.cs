using System;
using System.Collections.Generic;
using static DicomTyped.Dicom.Part10.Part10Rules;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The synchronous twin of <see cref="DicomDatasetReader"/> for input read into memory (<see cref="DicomBufferInput"/>):
/// the same steps and the same decisions (all of them <see cref="Part10Rules"/>'s), without async state machines, and
/// with values sliced out of the input rather than copied.
/// </summary>
internal sealed class DicomBufferReader
{
    private readonly DicomBufferInput _input;
    private readonly bool _explicitVR;
    private readonly bool _bigEndian;
    private readonly Part10ReadContext _context;
    private DicomBufferReader? _implicitReader;

    public DicomBufferReader(DicomBufferInput input, bool explicitVR, bool bigEndian, Part10ReadContext context)
    {
        _input = input;
        _explicitVR = explicitVR;
        _bigEndian = bigEndian;
        _context = context;
    }

    /// <summary>Set when the top-level read stopped at pixel data.</summary>
    public bool StoppedBeforePixelData { get; private set; }

    /// <summary>Reads the top-level data set up to the end of the input (or the pixel data, when asked to stop there).</summary>
    public void ReadTopLevel(DicomDataset target) => ReadDataset(target, NoEnd, undefinedItem: false, depth: 0, topLevel: true);

    /// <summary>Reads the file meta group: explicit VR little endian elements of group 0002 (see <see cref="FileMetaGroup"/>).</summary>
    public void ReadMeta(DicomDataset target)
    {
        var group = new FileMetaGroup(target, _input.Position);
        while (_input.TryEnsure(4) && Part10FileHeader.IsMetaElement(_input.Peek(4)))
        {
            group.Add(ReadElement(NoEnd, depth: 0, topLevel: false, target), _input.Position);
        }
        group.End(_input.Position, _context);
    }

    private void ReadDataset(DicomDataset target, long end, bool undefinedItem, int depth, bool topLevel)
    {
        while (end == NoEnd || _input.Position < end)
        {
            var tagStart = _input.Position;
            _input.TryEnsure(MinHeaderSize);
            var available = Math.Min(_input.Buffered, MinHeaderSize);
            if (available < 4)
            {
                if (available == 0 && end == NoEnd && !undefinedItem)
                {
                    break;
                }
                if (topLevel && IsTrailingPadding(available, null, _context))
                {
                    SkipTrailingPadding(tagStart);
                    break;
                }
                throw EndedInsideHeader(undefinedItem, tagStart);
            }
            var tag = ReadTag(_input.Peek(4), _bigEndian);
            if (topLevel && StopsBefore(tag, _context.Options))
            {
                StoppedBeforePixelData = true;
                break;
            }
            if (EndsItem(tag, undefinedItem, tagStart))
            {
                _input.Ensure(MinHeaderSize, tag);
                _input.Advance(MinHeaderSize);
                break;
            }
            if (topLevel && IsTrailingPadding(available, tag, _context))
            {
                SkipTrailingPadding(tagStart);
                break;
            }
            target.AddInOrder(ReadElement(end, depth, topLevel, target));
        }
        target.Seal();
    }

    private void SkipTrailingPadding(long offset)
    {
        var (count, allZero) = _input.SkipRest();
        ReportTrailingPadding(count, allZero, offset, _context);
    }

    private DicomElement ReadElement(long end, int depth, bool topLevel, DicomDataset parent)
    {
        var offset = _input.Position;
        var tag = ReadTag(_input.Peek(4), _bigEndian);
        _input.Ensure(MinHeaderSize, tag);
        var size = HeaderSize(_input.Peek(6), _explicitVR);
        _input.Ensure(size, tag);
        var header = DecodeHeader(_input.Peek(size), _explicitVR, _bigEndian, offset, _context);
        _input.Advance(header.Size);

        if (header.HasUndefinedLength)
        {
            switch (UndefinedLengthForm(header, offset))
            {
                case ValueForm.Sequence:
                    return ReadSequence(tag, DicomVR.SQ, NoEnd, depth, parent, this);
                case ValueForm.ImplicitLittleEndianSequence:
                    _implicitReader ??= _explicitVR || _bigEndian ? new DicomBufferReader(_input, false, false, _context) : this;
                    return ReadSequence(tag, DicomVR.UN, NoEnd, depth, parent, _implicitReader);
                default:
                    return ReadFragments(tag, header.VR);
            }
        }

        CheckWithinItem(header, _input.Position, end, offset);
        _input.CheckAvailable(header.Length, tag);
        var startLength = ValueStartLength(header);
        if (startLength > 0)
        {
            _input.Ensure(startLength, tag);
        }
        var form = DefinedLengthForm(header, _input.Peek(startLength), _bigEndian, offset, _context);
        if (form == ValueForm.Sequence)
        {
            return ReadSequence(tag, DicomVR.SQ, _input.Position + header.Length, depth, parent, this);
        }
        if (form == ValueForm.ImplicitLittleEndianSequence)
        {
            _implicitReader ??= _explicitVR || _bigEndian ? new DicomBufferReader(_input, false, false, _context) : this;
            return ReadSequence(tag, DicomVR.UN, _input.Position + header.Length, depth, parent, _implicitReader);
        }
        var vr = form == ValueForm.Unknown ? DicomVR.UN : header.VR;
        _context.ChargeValue(header.Length, offset, tag);
        return new DicomElement(tag, vr, _input.ReadValue(header.Length, tag), _bigEndian) { IsAsRead = true };
    }

    private DicomSequence ReadSequence(DicomTag tag, DicomVR vr, long end, int depth, DicomDataset parent, DicomBufferReader itemReader)
    {
        CheckDepth(depth, _context.Options, _input.Position, tag);
        _context.ChargeElement(_input.Position, tag);
        var sequence = new DicomSequence(tag, vr, null) { HasUndefinedLength = end == NoEnd };
        while (end == NoEnd || _input.Position < end)
        {
            var itemStart = _input.Position;
            _input.Ensure(MinHeaderSize, tag);
            var itemTag = ReadTag(_input.Peek(4), itemReader._bigEndian);
            var itemLength = DicomEndian.ReadUInt32(_input.Peek(MinHeaderSize)[4..], itemReader._bigEndian);
            _input.Advance(MinHeaderSize);
            if (!IsItem(itemTag, end != NoEnd, itemStart, tag))
            {
                return sequence;
            }
            _context.ChargeElement(itemStart, tag);
            var item = new DicomDataset { Parent = parent, HasUndefinedItemLength = itemLength == UndefinedLength };
            if (itemLength == UndefinedLength)
            {
                itemReader.ReadDataset(item, NoEnd, undefinedItem: true, depth + 1, topLevel: false);
            }
            else
            {
                CheckItemWithinSequence(itemLength, _input.Position, end, itemStart, tag);
                _input.CheckAvailable(itemLength, tag);
                itemReader.ReadDataset(item, _input.Position + itemLength, undefinedItem: false, depth + 1, topLevel: false);
                CheckItemEnd(_input.Position, itemStart + MinHeaderSize + itemLength, tag);
            }
            sequence.Items.Add(item);
        }
        CheckSequenceEnd(_input.Position, end, tag);
        return sequence;
    }

    private DicomFragments ReadFragments(DicomTag tag, DicomVR vr)
    {
        _context.ChargeElement(_input.Position, tag);
        ReadOnlyMemory<byte>? offsetTable = null;
        var fragments = new List<DicomFragment>();
        while (true)
        {
            var itemStart = _input.Position;
            _input.Ensure(MinHeaderSize, tag);
            var itemTag = ReadTag(_input.Peek(4), _bigEndian);
            var itemLength = DicomEndian.ReadUInt32(_input.Peek(MinHeaderSize)[4..], _bigEndian);
            _input.Advance(MinHeaderSize);
            if (!IsFragment(itemTag, itemLength, itemStart, tag))
            {
                return new DicomFragments(tag, vr, offsetTable ?? ReadOnlyMemory<byte>.Empty, fragments);
            }
            _input.CheckAvailable(itemLength, tag);
            _context.ChargeValue(itemLength, itemStart, tag);
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
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using static DicomTyped.Dicom.Part10.Part10Rules;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// Parses data set elements in one encoding (implicit or explicit VR, little or big endian) from a
/// <see cref="DicomInput"/>. Every decision (header, value form, lengths, items, faults read through, messages) is
/// <see cref="Part10Rules"/>'s, shared with <see cref="DicomBufferReader"/>; this class moves through the stream and
/// reads values, and so mirrors that reader step for step.
/// </summary>
internal sealed class DicomDatasetReader
{
    private readonly DicomInput _input;
    private readonly bool _explicitVR;
    private readonly bool _bigEndian;
    private readonly Part10ReadContext _context;
    private DicomDatasetReader? _implicitReader;

    public DicomDatasetReader(DicomInput input, bool explicitVR, bool bigEndian, Part10ReadContext context)
    {
        _input = input;
        _explicitVR = explicitVR;
        _bigEndian = bigEndian;
        _context = context;
    }

    /// <summary>Set when the top-level read stopped at pixel data.</summary>
    public bool StoppedBeforePixelData { get; private set; }

    /// <summary>Reads the top-level data set up to the end of the input (or the pixel data, when asked to stop there).</summary>
    public ValueTask ReadTopLevelAsync(DicomDataset target, bool async, CancellationToken cancellationToken) =>
        ReadDatasetAsync(target, NoEnd, undefinedItem: false, depth: 0, topLevel: true, async, cancellationToken);

    /// <summary>Reads the file meta group: explicit VR little endian elements of group 0002 (see <see cref="FileMetaGroup"/>).</summary>
    public async ValueTask ReadMetaAsync(DicomDataset target, bool async, CancellationToken cancellationToken)
    {
        var group = new FileMetaGroup(target, _input.Position);
        while (await _input.TryEnsureAsync(4, async, cancellationToken).ConfigureAwait(false) && Part10FileHeader.IsMetaElement(_input.Peek(4)))
        {
            group.Add(await ReadElementAsync(NoEnd, depth: 0, topLevel: false, target, async, cancellationToken).ConfigureAwait(false), _input.Position);
        }
        group.End(_input.Position, _context);
    }

    private async ValueTask ReadDatasetAsync(DicomDataset target, long end, bool undefinedItem, int depth, bool topLevel, bool async, CancellationToken ct)
    {
        while (end == NoEnd || _input.Position < end)
        {
            var tagStart = _input.Position;
            await _input.TryEnsureAsync(MinHeaderSize, async, ct).ConfigureAwait(false);
            var available = Math.Min(_input.Buffered, MinHeaderSize);
            if (available < 4)
            {
                if (available == 0 && end == NoEnd && !undefinedItem)
                {
                    break;
                }
                if (topLevel && IsTrailingPadding(available, null, _context))
                {
                    await SkipTrailingPaddingAsync(tagStart, async, ct).ConfigureAwait(false);
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
                await _input.EnsureAsync(MinHeaderSize, tag, async, ct).ConfigureAwait(false);
                _input.Advance(MinHeaderSize);
                break;
            }
            if (topLevel && IsTrailingPadding(available, tag, _context))
            {
                await SkipTrailingPaddingAsync(tagStart, async, ct).ConfigureAwait(false);
                break;
            }
            target.AddInOrder(await ReadElementAsync(end, depth, topLevel, target, async, ct).ConfigureAwait(false));
        }
        target.Seal();
    }

    private async ValueTask SkipTrailingPaddingAsync(long offset, bool async, CancellationToken ct)
    {
        var (count, allZero) = await _input.SkipRestAsync(async, ct).ConfigureAwait(false);
        ReportTrailingPadding(count, allZero, offset, _context);
    }

    private async ValueTask<DicomElement> ReadElementAsync(long end, int depth, bool topLevel, DicomDataset parent, bool async, CancellationToken ct)
    {
        var offset = _input.Position;
        var tag = ReadTag(_input.Peek(4), _bigEndian);
        await _input.EnsureAsync(MinHeaderSize, tag, async, ct).ConfigureAwait(false);
        var size = HeaderSize(_input.Peek(6), _explicitVR);
        await _input.EnsureAsync(size, tag, async, ct).ConfigureAwait(false);
        var header = DecodeHeader(_input.Peek(size), _explicitVR, _bigEndian, offset, _context);
        _input.Advance(header.Size);

        if (header.HasUndefinedLength)
        {
            switch (UndefinedLengthForm(header, offset))
            {
                case ValueForm.Sequence:
                    return await ReadSequenceAsync(tag, DicomVR.SQ, NoEnd, depth, parent, this, async, ct).ConfigureAwait(false);
                case ValueForm.ImplicitLittleEndianSequence:
                    _implicitReader ??= _explicitVR || _bigEndian ? new DicomDatasetReader(_input, false, false, _context) : this;
                    return await ReadSequenceAsync(tag, DicomVR.UN, NoEnd, depth, parent, _implicitReader, async, ct).ConfigureAwait(false);
                default:
                    return await ReadFragmentsAsync(tag, header.VR, topLevel, async, ct).ConfigureAwait(false);
            }
        }

        CheckWithinItem(header, _input.Position, end, offset);
        _input.CheckAvailable(header.Length, tag);
        var startLength = ValueStartLength(header);
        if (startLength > 0)
        {
            await _input.EnsureAsync(startLength, tag, async, ct).ConfigureAwait(false);
        }
        var form = DefinedLengthForm(header, _input.Peek(startLength), _bigEndian, offset, _context);
        if (form == ValueForm.Sequence)
        {
            return await ReadSequenceAsync(tag, DicomVR.SQ, _input.Position + header.Length, depth, parent, this, async, ct).ConfigureAwait(false);
        }
        if (form == ValueForm.ImplicitLittleEndianSequence)
        {
            _implicitReader ??= _explicitVR || _bigEndian ? new DicomDatasetReader(_input, false, false, _context) : this;
            return await ReadSequenceAsync(tag, DicomVR.UN, _input.Position + header.Length, depth, parent, _implicitReader, async, ct).ConfigureAwait(false);
        }
        var vr = form == ValueForm.Unknown ? DicomVR.UN : header.VR;
        if (topLevel && IsPixelData(tag) && _context.Options.PixelData == PixelDataHandling.Reference && _input.CanReference)
        {
            _context.ChargeElement(offset, tag);
            return new DicomElement(tag, vr, _input.Reference(header.Length, tag), _bigEndian) { IsAsRead = true };
        }
        _context.ChargeValue(header.Length, offset, tag);
        var value = await _input.ReadBytesAsync(header.Length, tag, async, ct).ConfigureAwait(false);
        return new DicomElement(tag, vr, value, _bigEndian) { IsAsRead = true };
    }

    private async ValueTask<DicomSequence> ReadSequenceAsync(DicomTag tag, DicomVR vr, long end, int depth, DicomDataset parent, DicomDatasetReader itemReader, bool async, CancellationToken ct)
    {
        CheckDepth(depth, _context.Options, _input.Position, tag);
        _context.ChargeElement(_input.Position, tag);
        var sequence = new DicomSequence(tag, vr, null) { HasUndefinedLength = end == NoEnd };
        while (end == NoEnd || _input.Position < end)
        {
            var itemStart = _input.Position;
            await _input.EnsureAsync(MinHeaderSize, tag, async, ct).ConfigureAwait(false);
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
                await itemReader.ReadDatasetAsync(item, NoEnd, undefinedItem: true, depth + 1, topLevel: false, async, ct).ConfigureAwait(false);
            }
            else
            {
                CheckItemWithinSequence(itemLength, _input.Position, end, itemStart, tag);
                _input.CheckAvailable(itemLength, tag);
                await itemReader.ReadDatasetAsync(item, _input.Position + itemLength, undefinedItem: false, depth + 1, topLevel: false, async, ct).ConfigureAwait(false);
                CheckItemEnd(_input.Position, itemStart + MinHeaderSize + itemLength, tag);
            }
            sequence.Items.Add(item);
        }
        CheckSequenceEnd(_input.Position, end, tag);
        return sequence;
    }

    private async ValueTask<DicomFragments> ReadFragmentsAsync(DicomTag tag, DicomVR vr, bool topLevel, bool async, CancellationToken ct)
    {
        var reference = topLevel && IsPixelData(tag) && _context.Options.PixelData == PixelDataHandling.Reference && _input.CanReference;
        _context.ChargeElement(_input.Position, tag);
        ReadOnlyMemory<byte>? offsetTable = null;
        var fragments = new List<DicomFragment>();
        while (true)
        {
            var itemStart = _input.Position;
            await _input.EnsureAsync(MinHeaderSize, tag, async, ct).ConfigureAwait(false);
            var itemTag = ReadTag(_input.Peek(4), _bigEndian);
            var itemLength = DicomEndian.ReadUInt32(_input.Peek(MinHeaderSize)[4..], _bigEndian);
            _input.Advance(MinHeaderSize);
            if (!IsFragment(itemTag, itemLength, itemStart, tag))
            {
                return new DicomFragments(tag, vr, offsetTable ?? ReadOnlyMemory<byte>.Empty, fragments);
            }
            if (offsetTable is not null && reference)
            {
                _context.ChargeElement(itemStart, tag);
                fragments.Add(new DicomFragment(_input.Reference(itemLength, tag)));
                continue;
            }
            _input.CheckAvailable(itemLength, tag);
            _context.ChargeValue(itemLength, itemStart, tag);
            var data = await _input.ReadBytesAsync(itemLength, tag, async, ct).ConfigureAwait(false);
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

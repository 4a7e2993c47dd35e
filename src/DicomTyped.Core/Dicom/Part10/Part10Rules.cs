using System;
using System.Runtime.CompilerServices;

namespace DicomTyped.Dicom.Part10;

/// <summary>The shape of an element's value, decided from its header (and, for sequences, the first bytes of the value).</summary>
internal enum ValueForm
{
    /// <summary>Bytes of the element's VR.</summary>
    Bytes,

    /// <summary>Items read in the encoding of the data set around them.</summary>
    Sequence,

    /// <summary>VR UN of undefined length, or a public sequence tag stored as UN: items encoded as Implicit VR Little Endian (PS3.5 6.2.2).</summary>
    ImplicitLittleEndianSequence,

    /// <summary>Encapsulated pixel data: an offset table and fragments, each an item (PS3.5 A.4).</summary>
    Fragments,

    /// <summary>A value the reader could not interpret, kept as bytes with VR UN (tolerant reading).</summary>
    Unknown,
}

/// <summary>
/// One element header as read: the tag, the VR (from the input or the dictionary) and the value length. VRFromInput is
/// false for implicit VR tags the dictionary does not know (VR UN): their value may be a sequence.
/// </summary>
internal readonly record struct ElementHeader(DicomTag Tag, DicomVR VR, bool VRFromInput, uint Length, int Size)
{
    public bool HasUndefinedLength => Length == Part10Rules.UndefinedLength;
}

/// <summary>
/// Every decision of Part 10 parsing, in one place for the two readers (<see cref="DicomDatasetReader"/> over a
/// stream, <see cref="DicomBufferReader"/> over bytes in memory): how a header is decoded, what form a value takes,
/// which lengths and item chains are valid, which faults are read through (<see cref="Part10ReadContext.Fault"/>),
/// and the wording of every message. The readers only move through their input and read values. The steps before the
/// data set (preamble, file meta group, the data set's encoding) are <see cref="Part10FileHeader"/>'s.
/// </summary>
internal static class Part10Rules
{
    public const uint UndefinedLength = 0xFFFFFFFF;
    public const long NoEnd = long.MaxValue;

    /// <summary>The bytes every header has (tag and a 16- or 32-bit length); an explicit VR long form has 12.</summary>
    public const int MinHeaderSize = 8;
    public const int LongHeaderSize = 12;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DicomTag ReadTag(ReadOnlySpan<byte> span, bool bigEndian) =>
        new(DicomEndian.ReadUInt16(span, bigEndian), DicomEndian.ReadUInt16(span[2..], bigEndian));

    /// <summary>The size of the header that starts <paramref name="head"/> (at least 6 bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HeaderSize(ReadOnlySpan<byte> head, bool explicitVR) =>
        explicitVR && ExplicitVRCodes.TryGet(head[4], head[5], out _, out var longLength) && longLength ? LongHeaderSize : MinHeaderSize;

    /// <summary>Decodes a header of <see cref="HeaderSize"/> bytes; VR bytes that are no VR are a fault read through as UN.</summary>
    public static ElementHeader DecodeHeader(ReadOnlySpan<byte> head, bool explicitVR, bool bigEndian, long offset, Part10ReadContext context)
    {
        var tag = ReadTag(head, bigEndian);
        if (!explicitVR)
        {
            var vr = ImplicitVR(tag, out var known);
            return new ElementHeader(tag, vr, known, DicomEndian.ReadUInt32(head[4..], bigEndian), MinHeaderSize);
        }
        if (ExplicitVRCodes.TryGet(head[4], head[5], out var explicitCode, out var longLength))
        {
            return longLength
                ? new ElementHeader(tag, explicitCode, true, DicomEndian.ReadUInt32(head[8..], bigEndian), LongHeaderSize)
                : new ElementHeader(tag, explicitCode, true, DicomEndian.ReadUInt16(head[6..], bigEndian), MinHeaderSize);
        }
        return UnknownVR(head, tag, bigEndian, offset, context);
    }

    // pydicom reads an unknown VR with the 16-bit length of every VR not listed in PS3.5 7.1.2 and keeps the element;
    // DCMTK assumes 32 bits and loses the rest of the file. 16 bits keeps the most.
    private static ElementHeader UnknownVR(ReadOnlySpan<byte> head, DicomTag tag, bool bigEndian, long offset, Part10ReadContext context)
    {
        context.Fault($"Invalid VR bytes 0x{head[4]:X2}{head[5]:X2}", "the value is kept as UN, its length read as 16 bits", offset, tag);
        return new ElementHeader(tag, DicomVR.UN, true, DicomEndian.ReadUInt16(head[6..], bigEndian), MinHeaderSize);
    }

    /// <summary>The VR of an implicit-VR element: from the dictionary, else UN (<paramref name="known"/> false).</summary>
    public static DicomVR ImplicitVR(DicomTag tag, out bool known)
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

    public static bool IsPixelData(DicomTag tag) =>
        tag == CoreTags.PixelData || tag == CoreTags.FloatPixelData || tag == CoreTags.DoubleFloatPixelData;

    /// <summary>True when the top-level read stops here (<see cref="DicomReadOptions.StopBeforePixelData"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StopsBefore(DicomTag tag, DicomReadOptions options) =>
        options.StopBeforePixelData && tag.Value >= CoreTags.FloatPixelData.Value;

    /// <summary>
    /// Handles a tag of group FFFE met where an element should start: true for the item delimiter that ends an item of
    /// undefined length; throws for any other item tag. False for an ordinary element.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EndsItem(DicomTag tag, bool undefinedItem, long offset) =>
        tag.Group == 0xFFFE && EndsItemSlow(tag, undefinedItem, offset);

    private static bool EndsItemSlow(DicomTag tag, bool undefinedItem, long offset)
    {
        if (tag == CoreTags.ItemDelimitationItem)
        {
            return undefinedItem ? true : throw new DicomParseException("An item delimiter appears outside an item of undefined length", offset, tag);
        }
        throw new DicomParseException(tag == CoreTags.SequenceDelimitationItem
            ? "A sequence delimiter appears without a sequence"
            : "An item tag appears outside a sequence", offset, tag);
    }

    /// <summary>The input ended where an element (or an item's delimiter) should start.</summary>
    public static DicomTruncatedException EndedInsideHeader(bool undefinedItem, long offset) =>
        new(undefinedItem ? "The input ended inside an item with undefined length" : "The input ended inside an element header", offset);

    public static DicomTruncatedException EndedShortOfHeader(int missing, long offset, DicomTag? tag) =>
        new($"The input ended {missing} bytes short of a header", offset, tag);

    public static DicomTruncatedException EndedShortOfValue(long missing, long offset, DicomTag tag) =>
        new($"The input ended {missing} bytes short of a value", offset, tag);

    public static DicomTruncatedException PastEndOfInput(long length, long remaining, long offset, DicomTag? tag) =>
        new($"A length of {length} bytes runs past the end of the input ({remaining} bytes left)", offset, tag);

    /// <summary>
    /// Tolerant reading only: true when what follows the last top-level element cannot be an element (fewer bytes than
    /// a header, or a (0000,0000) tag, which no data set holds) and is ignored as trailing padding, with a warning.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrailingPadding(int available, DicomTag? tag, Part10ReadContext context) =>
        !context.Options.Strict && (available < MinHeaderSize || tag?.Value == 0);

    public static void ReportTrailingPadding(long count, bool allZero, long offset, Part10ReadContext context) =>
        context.Fault($"{count} bytes after the last element are {(allZero ? "zeros" : "not an element")}", "they are ignored as trailing padding", offset, null);

    /// <summary>The form of a value of undefined length; throws for VRs that cannot have one.</summary>
    public static ValueForm UndefinedLengthForm(in ElementHeader header, long offset)
    {
        var vr = header.VR;
        if (vr == DicomVR.SQ || (!header.VRFromInput && vr == DicomVR.UN))
        {
            return ValueForm.Sequence;
        }
        if (vr == DicomVR.UN)
        {
            return ValueForm.ImplicitLittleEndianSequence;
        }
        if (vr == DicomVR.OB || vr == DicomVR.OW)
        {
            return ValueForm.Fragments;
        }
        throw new DicomParseException($"Undefined length is not allowed for VR {vr}", offset, header.Tag);
    }

    /// <summary>Throws when a defined length runs past the end of the item that holds the element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckWithinItem(in ElementHeader header, long valueStart, long end, long offset)
    {
        if (end != NoEnd && valueStart + header.Length > end)
        {
            throw PastEndOfItem(header, valueStart, end, offset);
        }
    }

    private static DicomParseException PastEndOfItem(in ElementHeader header, long valueStart, long end, long offset) =>
        new($"A length of {header.Length} bytes runs past the end of its item ({end - valueStart} bytes left)", offset, header.Tag);

    /// <summary>The bytes of a value's start that <see cref="DefinedLengthForm"/> looks at for a sequence: an item's tag
    /// and length. A public sequence tag stored as UN needs twice that: the first item's header and its first element's.</summary>
    public const int ValueStartSize = 8;

    /// <summary>How many first bytes of a defined-length value its form depends on (see <see cref="DefinedLengthForm"/>); 0 for none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ValueStartLength(in ElementHeader header) =>
        header.Length < ValueStartSize ? 0
        : header.VR == DicomVR.SQ || !header.VRFromInput ? ValueStartSize
        : IsSequenceAsUN(header) ? 2 * ValueStartSize
        : 0;

    /// <summary>
    /// The form of a value of defined length. <paramref name="valueStart"/> holds its first
    /// <see cref="ValueStartLength"/> bytes. A sequence that does not start with an item is a fault, kept as UN:
    /// pydicom reads it as one empty item and DCMTK stops reading the file; keeping the bytes loses nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ValueForm DefinedLengthForm(in ElementHeader header, ReadOnlySpan<byte> valueStart, bool bigEndian, long offset, Part10ReadContext context) =>
        // A UN given twice ValueStartSize bytes is one ValueStartLength found to be a public sequence: the dictionary is
        // asked once per element, there.
        header.VR != DicomVR.SQ && header.VRFromInput && !(header.VR == DicomVR.UN && valueStart.Length >= 2 * ValueStartSize)
            ? ValueForm.Bytes
            : SequenceOrBytes(header, valueStart, bigEndian, offset, context);

    // A public sequence tag written with VR UN by a system that did not know it (PS3.5 6.2.2: its items are then in
    // Implicit VR Little Endian). Only UN from the input: an implicit VR UN is handled by its first bytes alone.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSequenceAsUN(in ElementHeader header) =>
        header.VR == DicomVR.UN && header.VRFromInput && header.Length >= 2 * ValueStartSize && IsPublicSequence(header.Tag);

    private static bool IsPublicSequence(DicomTag tag) =>
        !tag.IsPrivate && DicomDictionary.TryGetEntry(tag, out var entry) && entry.VR == DicomVR.SQ;

    private static ValueForm SequenceOrBytes(in ElementHeader header, ReadOnlySpan<byte> valueStart, bool bigEndian, long offset, Part10ReadContext context)
    {
        if (header.VR == DicomVR.UN && header.VRFromInput)
        {
            // pydicom reads such a value as the sequence it is; DCMTK keeps UN bytes. The items are read only when the
            // first one fits in the value and its first element has no VR after its tag (implicit VR, as PS3.5 6.2.2
            // says), so that bytes that merely start like an item, or items in explicit VR, stay bytes.
            var itemLength = DicomEndian.ReadUInt32(valueStart[4..], bigEndian: false);
            var implicitItem = !Part10FileHeader.LooksExplicit(valueStart[ValueStartSize..]);
            return ReadTag(valueStart, bigEndian: false) == CoreTags.Item && implicitItem
                && (itemLength == UndefinedLength || itemLength <= header.Length - ValueStartSize)
                ? ValueForm.ImplicitLittleEndianSequence
                : ValueForm.Bytes;
        }
        var startsWithItem = valueStart.Length >= 4 && ReadTag(valueStart, bigEndian) == CoreTags.Item;
        if (header.VR == DicomVR.SQ)
        {
            if (header.Length == 0 || startsWithItem)
            {
                return ValueForm.Sequence;
            }
            context.Fault($"The value of sequence {header.Tag} ({header.Length} bytes) does not start with an item", "it is kept as UN", offset, header.Tag);
            return ValueForm.Unknown;
        }
        return !header.VRFromInput && startsWithItem ? ValueForm.Sequence : ValueForm.Bytes;
    }

    public static void CheckDepth(int depth, DicomReadOptions options, long offset, DicomTag tag)
    {
        if (depth >= options.MaxNestingDepth)
        {
            throw new DicomNestingLimitException(options.MaxNestingDepth, offset, tag);
        }
    }

    /// <summary>Handles an item header in a sequence: true for an item, false for the delimiter that ends the sequence.</summary>
    public static bool IsItem(DicomTag itemTag, bool definedSequence, long offset, DicomTag sequenceTag)
    {
        if (itemTag == CoreTags.SequenceDelimitationItem)
        {
            return definedSequence ? throw new DicomParseException("A sequence delimiter ends a sequence of defined length", offset, sequenceTag) : false;
        }
        if (itemTag != CoreTags.Item)
        {
            throw new DicomParseException($"Expected an item in the sequence but found {itemTag}", offset, sequenceTag);
        }
        return true;
    }

    public static void CheckItemWithinSequence(uint itemLength, long valueStart, long end, long offset, DicomTag sequenceTag)
    {
        if (end != NoEnd && valueStart + itemLength > end)
        {
            throw new DicomParseException($"An item of {itemLength} bytes runs past the end of its sequence", offset, sequenceTag);
        }
    }

    public static void CheckItemEnd(long position, long itemEnd, DicomTag sequenceTag)
    {
        if (position != itemEnd)
        {
            throw new DicomParseException("The last element of an item runs past the item's length", position, sequenceTag);
        }
    }

    public static void CheckSequenceEnd(long position, long end, DicomTag sequenceTag)
    {
        if (position != end)
        {
            throw new DicomParseException("The last item runs past the sequence's length", position, sequenceTag);
        }
    }

    /// <summary>Handles an item header in encapsulated pixel data: true for a fragment, false for the end.</summary>
    public static bool IsFragment(DicomTag itemTag, uint itemLength, long offset, DicomTag tag)
    {
        if (itemTag == CoreTags.SequenceDelimitationItem)
        {
            return false;
        }
        if (itemTag != CoreTags.Item)
        {
            throw new DicomParseException($"Expected a fragment item in encapsulated pixel data but found {itemTag}", offset, tag);
        }
        return itemLength != UndefinedLength ? true : throw new DicomParseException("A fragment has undefined length", offset, tag);
    }
}

using System;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The steps of a Part 10 file before its data set, decided in one place for both readers (<see cref="DicomFileReader"/>
/// over a stream, <see cref="DicomBufferedFileReader"/> over bytes in memory): the preamble and "DICM" (or their
/// absence), the file meta group (which elements belong to it, its group length), and the encoding the data set is read
/// in. The readers only fetch the bytes each step looks at; element rules are <see cref="Part10Rules"/>'s.
/// </summary>
internal static class Part10FileHeader
{
    /// <summary>The preamble before "DICM" (PS3.10 7.1).</summary>
    public const int PreambleLength = 128;

    /// <summary>The bytes <see cref="SkipPrefix"/> looks at: the preamble and "DICM".</summary>
    public const int PrefixLength = PreambleLength + 4;

    /// <summary>The bytes of the data set's first element that <see cref="DataSetSyntax"/> looks at (tag and VR).</summary>
    public const int DataSetHeadLength = 6;

    /// <summary>
    /// How many bytes of prefix the input has (<see cref="PrefixLength"/>, or 0 for a file written without preamble,
    /// which starts straight with a tag of group 0002 or 0008, as odd exporters and raw data sets do), and the
    /// preamble. <paramref name="start"/> holds the first <see cref="PrefixLength"/> bytes, or all of a shorter input.
    /// </summary>
    /// <exception cref="DicomParseException">Neither "DICM" at offset 128 nor a group 0002 or 0008 tag at the start.</exception>
    public static int SkipPrefix(ReadOnlySpan<byte> start, out byte[]? preamble)
    {
        var hasPrefix = start.Length >= PrefixLength;
        if (hasPrefix && start[PreambleLength..PrefixLength].SequenceEqual("DICM"u8))
        {
            preamble = start[..PreambleLength].ToArray();
            return PrefixLength;
        }
        if (start.Length >= Part10Rules.MinHeaderSize && (start[0] == 0x02 || start[0] == 0x08) && start[1] == 0x00)
        {
            preamble = null;
            return 0;
        }
        throw new DicomParseException("Not a DICOM file: no \"DICM\" at offset 128 and no group 0002 or 0008 element at the start", hasPrefix ? PreambleLength : 0);
    }

    /// <summary>True when the element that starts <paramref name="head"/> (4 bytes at least) belongs to the file meta group.</summary>
    public static bool IsMetaElement(ReadOnlySpan<byte> head) => Part10Rules.ReadTag(head, bigEndian: false).Group == 0x0002;

    /// <summary>
    /// The transfer syntax the meta group names; Implicit VR Little Endian when it names none (<paramref name="named"/>
    /// false: the data set's first element then decides its VR, see <see cref="DataSetSyntax"/>).
    /// </summary>
    public static TransferSyntax NamedSyntax(DicomDataset meta, out bool named)
    {
        var uid = meta.TryGetElement(CoreTags.TransferSyntaxUID, out var element) ? element.GetString() : null;
        named = !string.IsNullOrEmpty(uid);
        return named ? TransferSyntax.FromUid(uid!) : TransferSyntax.ImplicitVRLittleEndian;
    }

    /// <summary>
    /// The transfer syntax the data set is read in, and whether it is in explicit VR, from the first
    /// <see cref="DataSetHeadLength"/> bytes of the data set (after inflation for a deflated one). Without a named
    /// syntax the first element decides; with one, it is checked against the first element, as pydicom checks: two
    /// upper-case letters after the first tag mean explicit VR. A data set that contradicts its transfer syntax is a
    /// fault, read in the encoding found (pydicom reads it so with a warning; DCMTK stops at the first element); the
    /// syntax returned is then the other of the two uncompressed little endian syntaxes (other syntaxes keep their name:
    /// it also says how pixel data is encoded).
    /// </summary>
    /// <exception cref="DicomParseException">Strict reading, and the data set contradicts its transfer syntax.</exception>
    public static TransferSyntax DataSetSyntax(ReadOnlySpan<byte> head, TransferSyntax syntax, bool named, long offset, Part10ReadContext context, out bool explicitVR)
    {
        explicitVR = named ? CheckedExplicitVR(head, syntax.IsExplicitVR, offset, context) : LooksExplicit(head);
        return syntax.IsExplicitVR == explicitVR ? syntax
            : explicitVR && syntax.Equals(TransferSyntax.ImplicitVRLittleEndian) ? TransferSyntax.ExplicitVRLittleEndian
            : !explicitVR && syntax.Equals(TransferSyntax.ExplicitVRLittleEndian) ? TransferSyntax.ImplicitVRLittleEndian
            : syntax;
    }

    private static bool CheckedExplicitVR(ReadOnlySpan<byte> head, bool declaredExplicit, long offset, Part10ReadContext context)
    {
        if (head.Length < DataSetHeadLength)
        {
            return declaredExplicit;
        }
        var found = LooksExplicit(head);
        if (found != declaredExplicit)
        {
            context.Fault(declaredExplicit
                    ? "The transfer syntax says explicit VR but the data set is in implicit VR (no VR after the first tag)"
                    : "The transfer syntax says implicit VR but the data set is in explicit VR (a VR after the first tag)",
                $"it is read as {(found ? "explicit" : "implicit")} VR", offset, Part10Rules.ReadTag(head, bigEndian: false));
            return found;
        }
        return declaredExplicit;
    }

    // An element header whose bytes 4 and 5 are two upper-case letters carries a VR (explicit VR).
    internal static bool LooksExplicit(ReadOnlySpan<byte> head) =>
        head.Length >= DataSetHeadLength && head[4] is >= (byte)'A' and <= (byte)'Z' && head[5] is >= (byte)'A' and <= (byte)'Z';

    /// <summary>The deflated data set could not be inflated.</summary>
    public static DicomParseException NotDeflate(long offset, Exception inner) =>
        new("The deflated data set is not valid raw deflate data", offset, null, inner);
}

/// <summary>
/// The file meta group as a reader reads it, element by element: collects the elements and, at its end, checks File
/// Meta Information Group Length (0002,0000) against the bytes of the group after it. Missing or wrong is noted in
/// both modes: the group is read to its last element either way, as pydicom and DCMTK do.
/// </summary>
internal struct FileMetaGroup(DicomDataset meta, long start)
{
    private long _afterGroupLength = -1;

    /// <summary>Adds an element read; <paramref name="position"/> is the input's position just after it.</summary>
    public void Add(DicomElement element, long position)
    {
        meta.AddInOrder(element);
        if (element.Tag == CoreTags.FileMetaInformationGroupLength)
        {
            _afterGroupLength = position;
        }
    }

    /// <summary>Ends the group at <paramref name="position"/>: checks its length and seals it.</summary>
    public readonly void End(long position, Part10ReadContext context)
    {
        Check(position, context);
        meta.Seal();
    }

    private readonly void Check(long end, Part10ReadContext context)
    {
        if (meta.Count == 0)
        {
            return;
        }
        if (_afterGroupLength < 0 || !meta.TryGetElement(CoreTags.FileMetaInformationGroupLength, out var element) || element.Length != 4)
        {
            context.Note("The file meta information has no valid group length (0002,0000)", start, CoreTags.FileMetaInformationGroupLength);
            return;
        }
        var stated = element.GetValue<uint>();
        if (stated != end - _afterGroupLength)
        {
            context.Note($"The file meta information group length (0002,0000) says {stated} bytes but the group has {end - _afterGroupLength}",
                start, CoreTags.FileMetaInformationGroupLength);
        }
    }
}

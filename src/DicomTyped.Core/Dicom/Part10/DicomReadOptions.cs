using System;

namespace DicomTyped.Dicom.Part10;

/// <summary>How a Part 10 file is read: what to load, how much memory the input may claim, how faults are met.</summary>
/// <remarks>
/// <para>Limits (policy, not the sender, bounds memory and work): <see cref="MaxValueLength"/> for one value,
/// <see cref="MaxTotalValueLength"/> for everything a read holds in memory, <see cref="MaxInflatedLength"/> for what a
/// deflated data set may inflate to, <see cref="MaxNestingDepth"/> for sequences. Each is checked before the memory
/// or work is spent (a value's length is checked before it is allocated; inflation stops at its limit), and an
/// input past one throws <see cref="DicomLimitException"/> naming the option and its value, in strict and tolerant
/// reading alike.</para>
/// <para>Faults (PS3.5 rules broken in ways other tools read through): by default the reader keeps reading where the
/// structure allows it and reports each fault in <see cref="DicomFile.Warnings"/>; <see cref="Strict"/> throws
/// <see cref="DicomParseException"/> at the first one instead. See <see cref="Strict"/> for the faults read through.</para>
/// </remarks>
public sealed record DicomReadOptions
{
    /// <summary>1 GiB: the default of <see cref="MaxTotalValueLength"/> and <see cref="MaxInflatedLength"/>.</summary>
    public const long DefaultMemoryLimit = 1L << 30;

    /// <summary>The defaults: tolerant, load everything (pixel data included), nesting limit 64, the limits at their defaults.</summary>
    public static DicomReadOptions Default { get; } = new();

    /// <summary>Stop at the top-level pixel data element (7FE0,0008/0009/0010) without touching it or what follows.</summary>
    public bool StopBeforePixelData { get; init; }

    /// <summary>What to do with top-level pixel data when it is read.</summary>
    public PixelDataHandling PixelData { get; init; } = PixelDataHandling.Load;

    /// <summary>The deepest sequence nesting accepted; deeper input throws <see cref="DicomNestingLimitException"/>.</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>
    /// The longest single value loaded into memory, in bytes; default <see cref="Array.MaxLength"/> (2,147,483,591,
    /// the largest .NET array). A longer value throws <see cref="DicomLimitException"/> before anything is allocated;
    /// pixel data larger than this can still be kept by reference (<see cref="PixelDataHandling.Reference"/>).
    /// </summary>
    public long MaxValueLength { get; init; } = Array.MaxLength;

    /// <summary>
    /// The most bytes one read may hold in memory, in bytes; default 1 GiB (<see cref="DefaultMemoryLimit"/>). Counted as
    /// the reader goes: every value loaded (fragments and offset tables included; values kept by reference in the
    /// stream are not counted) plus 64 bytes per element for its bookkeeping, so that several large elements, or
    /// millions of empty ones, add up. The element that would pass the limit throws <see cref="DicomLimitException"/>
    /// before its value is allocated.
    /// </summary>
    public long MaxTotalValueLength { get; init; } = DefaultMemoryLimit;

    /// <summary>
    /// The most bytes a deflated data set (Deflated Explicit VR Little Endian, PS3.5 A.5) may inflate to, in bytes;
    /// default 1 GiB (<see cref="DefaultMemoryLimit"/>). The decompressor is never asked for more: a value that would
    /// end past the limit throws <see cref="DicomLimitException"/> before it is inflated or allocated, so a small
    /// "deflate bomb" costs neither the memory nor the time of inflating it.
    /// </summary>
    public long MaxInflatedLength { get; init; } = DefaultMemoryLimit;

    /// <summary>
    /// Throw <see cref="DicomParseException"/> at the first fault, as a strict parser does; false (the default) reads
    /// on where the structure allows and reports each fault in <see cref="DicomFile.Warnings"/> with its tag and offset.
    /// </summary>
    /// <remarks>
    /// Faults read through when false (each checked against what pydicom 2.3.1 and DCMTK 3.6.7 read):
    /// <list type="bullet">
    /// <item>a data set in implicit VR under a transfer syntax that says explicit VR, or the reverse: detected from the
    /// first element as pydicom does (two upper-case letters where an explicit VR stands) and read in the encoding found;</item>
    /// <item>VR bytes that are no VR of PS3.5: the element is kept with VR UN, its length read as 16 bits (the form of
    /// every VR not listed in PS3.5 7.1.2, as pydicom reads it);</item>
    /// <item>a sequence of defined length whose value does not start with an item: its bytes are kept as UN;</item>
    /// <item>bytes after the last element that cannot be an element (too short for a header, or zeros): ignored;</item>
    /// <item>a missing or wrong File Meta Information Group Length (0002,0000): the group is read to its last
    /// element either way (reported in strict reading too, which never used the length).</item>
    /// </list>
    /// A public tag stored with VR UN is not a fault: its getters and DICOM JSON decode it with the dictionary's VR
    /// (PS3.5 6.2.2). What no reading can get past (a length beyond the end of the input or its item, an undefined
    /// length where none is allowed, a limit) throws in both modes.
    /// </remarks>
    public bool Strict { get; init; }
}

using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace DicomTyped.Dicom;

/// <summary>
/// Encapsulated pixel data (PS3.5 A.4): a Basic Offset Table item followed by the fragments of the compressed frames.
/// </summary>
public sealed class DicomFragments : DicomElement
{
    /// <summary>Creates encapsulated pixel data.</summary>
    /// <param name="tag">Usually Pixel Data (7FE0,0010).</param>
    /// <param name="vr">OB (or OW in some old files).</param>
    /// <param name="basicOffsetTable">The raw first item: little-endian 32-bit offsets, or empty.</param>
    /// <param name="fragments">The fragments in order.</param>
    public DicomFragments(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> basicOffsetTable, IEnumerable<DicomFragment> fragments)
        : base(tag, vr, ReadOnlyMemory<byte>.Empty)
    {
        BasicOffsetTableBytes = basicOffsetTable;
        Fragments = new List<DicomFragment>(fragments);
    }

    /// <summary>The raw Basic Offset Table item value (empty when the table is empty).</summary>
    public ReadOnlyMemory<byte> BasicOffsetTableBytes { get; }

    /// <summary>The fragments, in order (the offset table item not included).</summary>
    public List<DicomFragment> Fragments { get; }

    /// <summary>The Basic Offset Table: offsets of each frame's first fragment, from the first fragment's item tag.</summary>
    public uint[] GetBasicOffsetTable()
    {
        var span = BasicOffsetTableBytes.Span;
        var offsets = new uint[span.Length / 4];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(i * 4, 4));
        }
        return offsets;
    }

    /// <inheritdoc />
    public override long Length => 0;

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VR} encapsulated, {Fragments.Count} fragments";
}

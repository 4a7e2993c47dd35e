using System;
using System.Collections.Generic;

namespace DicomTyped.Dicom;

/// <summary>A sequence element (VR SQ, or UN holding a sequence): its items are data sets.</summary>
public sealed class DicomSequence : DicomElement
{
    /// <summary>Creates a sequence with the given items.</summary>
    public DicomSequence(DicomTag tag, IEnumerable<DicomDataset>? items = null)
        : this(tag, DicomVR.SQ, items)
    {
    }

    /// <summary>Creates a sequence with an explicit VR (UN for an unknown sequence read with undefined length).</summary>
    public DicomSequence(DicomTag tag, DicomVR vr, IEnumerable<DicomDataset>? items)
        : base(tag, vr, ReadOnlyMemory<byte>.Empty)
    {
        Items = items is null ? new List<DicomDataset>() : new List<DicomDataset>(items);
    }

    /// <summary>The items, in order.</summary>
    public List<DicomDataset> Items { get; }

    /// <summary>
    /// Whether the sequence is written with undefined length and a delimiter (the default) or with its byte length.
    /// The reader keeps the form it found so that a file written back is identical.
    /// </summary>
    public bool HasUndefinedLength { get; set; } = true;

    /// <inheritdoc />
    public override long Length => 0;

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VR} {Items.Count} items";
}

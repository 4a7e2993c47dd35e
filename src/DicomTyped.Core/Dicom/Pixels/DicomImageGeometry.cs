using System;

namespace DicomTyped.Dicom.Pixels;

/// <summary>The attributes that size native pixel data: rows, columns, samples, bits allocated and frames.</summary>
/// <param name="Rows">Rows (0028,0010).</param>
/// <param name="Columns">Columns (0028,0011).</param>
/// <param name="SamplesPerPixel">Samples per Pixel (0028,0002).</param>
/// <param name="BitsAllocated">Bits Allocated (0028,0100).</param>
/// <param name="NumberOfFrames">Number of Frames (0028,0008); 1 when absent.</param>
public sealed record DicomImageGeometry(int Rows, int Columns, int SamplesPerPixel, int BitsAllocated, int NumberOfFrames)
{
    /// <summary>Bits in one frame of native pixel data.</summary>
    public long FrameBits => (long)Rows * Columns * SamplesPerPixel * BitsAllocated;

    /// <summary>Bytes that hold one frame (rounded up for Bits Allocated 1).</summary>
    public long FrameLength => (FrameBits + 7) / 8;

    /// <summary>Reads the geometry from a data set.</summary>
    /// <exception cref="InvalidOperationException">Rows, Columns or Bits Allocated is missing or not positive.</exception>
    public static DicomImageGeometry FromDataset(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = Required(dataset, CoreTags.Rows, "Rows");
        var columns = Required(dataset, CoreTags.Columns, "Columns");
        var bits = Required(dataset, CoreTags.BitsAllocated, "BitsAllocated");
        var samples = dataset.TryGetValue<int>(CoreTags.SamplesPerPixel, out var s) && s > 0 ? s : 1;
        var frames = dataset.TryGetValue<int>(CoreTags.NumberOfFrames, out var f) && f > 0 ? f : 1;
        return new DicomImageGeometry(rows, columns, samples, bits, frames);
    }

    private static int Required(DicomDataset dataset, DicomTag tag, string keyword) =>
        dataset.TryGetValue<int>(tag, out var value) && value > 0
            ? value
            : throw new InvalidOperationException($"{keyword} {tag} is missing or not a positive number; frames cannot be located.");
}

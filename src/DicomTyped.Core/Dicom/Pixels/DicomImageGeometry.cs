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
    /// <exception cref="DicomFrameException">Rows × Columns × Samples per Pixel × Bits Allocated does not fit in 63 bits.</exception>
    public long FrameBits
    {
        get
        {
            try
            {
                return checked((long)Rows * Columns * SamplesPerPixel * BitsAllocated);
            }
            catch (OverflowException ex)
            {
                throw new DicomFrameException($"A frame of {Describe()} has more bits than a 64-bit number can count.", ex);
            }
        }
    }

    /// <summary>Bytes that hold one frame (rounded up for Bits Allocated 1).</summary>
    /// <exception cref="DicomFrameException">The frame's size overflows (see <see cref="FrameBits"/>).</exception>
    public long FrameLength => FrameBits / 8 + (FrameBits % 8 == 0 ? 0 : 1);

    /// <summary>The attributes and their values, as messages name them.</summary>
    public string Describe() =>
        $"Rows (0028,0010) {Rows} × Columns (0028,0011) {Columns} × Samples per Pixel (0028,0002) {SamplesPerPixel} × Bits Allocated (0028,0100) {BitsAllocated}";

    /// <summary>Reads the geometry from a data set.</summary>
    /// <exception cref="DicomFrameException">Rows, Columns or Bits Allocated is missing or not positive.</exception>
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
            : throw new DicomFrameException($"{keyword} {tag} is missing or not a positive number; frames cannot be located.");
}

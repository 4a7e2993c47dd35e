namespace DicomTyped.Dicom.Part10;

/// <summary>How a Part 10 file is read.</summary>
public sealed record DicomReadOptions
{
    /// <summary>The defaults: read everything, load pixel data into memory, nesting limit 64.</summary>
    public static DicomReadOptions Default { get; } = new();

    /// <summary>Stop at the top-level pixel data element (7FE0,0008/0009/0010) without touching it or what follows.</summary>
    public bool StopBeforePixelData { get; init; }

    /// <summary>What to do with top-level pixel data when it is read.</summary>
    public PixelDataHandling PixelData { get; init; } = PixelDataHandling.Load;

    /// <summary>The deepest sequence nesting accepted; deeper input throws <see cref="DicomNestingLimitException"/>.</summary>
    public int MaxNestingDepth { get; init; } = 64;
}

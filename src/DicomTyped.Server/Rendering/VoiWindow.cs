using System;

namespace DicomTyped.Server.Rendering;

/// <summary>
/// The linear VOI LUT function of PS3.3 C.11.2.1.2.1: maps modality values (after Rescale Slope and Intercept) in a
/// window of centre <see cref="Center"/> and width <see cref="Width"/> onto 0..255.
/// </summary>
/// <param name="Center">Window Center (0028,1050).</param>
/// <param name="Width">Window Width (0028,1051); at least 1.</param>
internal readonly record struct VoiWindow(double Center, double Width)
{
    /// <summary>The window spanning <paramref name="min"/> to <paramref name="max"/>, used when the file states none.</summary>
    public static VoiWindow FromRange(double min, double max) => new((min + max) / 2 + 0.5, Math.Max(1, max - min + 1));

    /// <summary>The display value 0..255 of modality value <paramref name="x"/>.</summary>
    public byte Apply(double x)
    {
        var low = Center - 0.5 - (Width - 1) / 2;
        var high = Center - 0.5 + (Width - 1) / 2;
        if (x <= low)
        {
            return 0;
        }
        if (x > high)
        {
            return 255;
        }
        var y = ((x - (Center - 0.5)) / Math.Max(1, Width - 1) + 0.5) * 255;
        return (byte)Math.Clamp(Math.Round(y), 0, 255);
    }
}

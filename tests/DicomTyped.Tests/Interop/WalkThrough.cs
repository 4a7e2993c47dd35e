using System;
using System.IO;
using System.Text;
using DicomTyped.Tests.Support;

namespace DicomTyped.Tests.Interop;

/// <summary>The UIDs of the walk-through's sample files (tests/data/dcms/README.txt).</summary>
internal static class WalkThrough
{
    public const string Study = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420";
    public const string SharedSeries = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652";
    public const string BlueSeries = "1.2.826.0.1.3680043.8.498.77033797676425927098669402985243398207";
    public const string BlueCircle = "1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114";
    public const string GreenSquare = "1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212";
    public const string RedTriangle = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395";

    /// <summary>
    /// blue-circle with PatientName "Anony Mous" swapped for the same-length "MOUS^ANONY" in place, so a search
    /// value with '^' has something to match; the element length does not change, so nothing else moves.
    /// </summary>
    public static byte[] BlueCircleWithCaretName()
    {
        var file = File.ReadAllBytes(TestData.Dcm("blue-circle.dcm"));
        byte[] element = [0x10, 0x00, 0x10, 0x00, (byte)'P', (byte)'N', 0x0A, 0x00, .. Encoding.ASCII.GetBytes("Anony Mous")];
        var at = file.AsSpan().IndexOf(element);
        if (at < 0)
        {
            throw new InvalidDataException("PatientName 'Anony Mous' not found in blue-circle.dcm.");
        }
        Encoding.ASCII.GetBytes("MOUS^ANONY").CopyTo(file, at + 8);
        return file;
    }
}

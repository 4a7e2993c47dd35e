namespace DicomTyped.Dicom.Part10;

/// <summary>
/// VR bytes of explicit-VR headers to VR and header form in one table look-up: the reader does this for every
/// element, and a scan of the 34 codes plus 13 compares for the long form showed in profiles.
/// </summary>
internal static class ExplicitVRCodes
{
    private const int Letters = 26;
    private static readonly DicomVR[] s_vrs = new DicomVR[Letters * Letters];
    private static readonly bool[] s_known = new bool[Letters * Letters];
    private static readonly bool[] s_long = new bool[Letters * Letters];

    static ExplicitVRCodes()
    {
        foreach (var vr in DicomVR.All)
        {
            var index = (((vr.Code >> 8) - 'A') * Letters) + ((vr.Code & 0xFF) - 'A');
            s_vrs[index] = vr;
            s_known[index] = true;
            s_long[index] = vr.HasLongExplicitLength;
        }
    }

    /// <summary>The VR of two header bytes, and whether its header has the 32-bit length form; false for unknown bytes.</summary>
    public static bool TryGet(byte first, byte second, out DicomVR vr, out bool longLength)
    {
        var a = (uint)(first - 'A');
        var b = (uint)(second - 'A');
        if (a < Letters && b < Letters && s_known[(a * Letters) + b])
        {
            vr = s_vrs[(a * Letters) + b];
            longLength = s_long[(a * Letters) + b];
            return true;
        }
        vr = default;
        longLength = false;
        return false;
    }
}

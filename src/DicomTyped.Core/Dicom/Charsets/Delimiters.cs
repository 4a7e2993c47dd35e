namespace DicomTyped.Dicom.Charsets;

/// <summary>
/// The bytes at which ISO 2022 designations fall back to their initial state (PS3.5 6.1.2.5.3):
/// control characters (CR, LF, FF, TAB, ...) for every VR, '\' between values of multi-valued VRs,
/// and '^' / '=' between the components and groups of a person name.
/// </summary>
internal readonly struct Delimiters
{
    private readonly bool _backslash;
    private readonly bool _personName;

    public Delimiters(DicomVR vr)
    {
        // ST, LT and UT hold one value, so a backslash in them is text, not a delimiter.
        _backslash = vr != DicomVR.ST && vr != DicomVR.LT && vr != DicomVR.UT;
        _personName = vr == DicomVR.PN;
    }

    public bool IsDelimiter(int c) =>
        (c < 0x20 && c != 0x1B) || (_backslash && c == '\\') || (_personName && (c == '^' || c == '='));
}

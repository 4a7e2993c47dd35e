using System;

namespace DicomTyped.Dicom;

/// <summary>A value representation (PS3.5 6.2): the two-letter code that says how a value is encoded.</summary>
public readonly struct DicomVR : IEquatable<DicomVR>
{
    private readonly ushort _code;

    private DicomVR(char first, char second) => _code = (ushort)((first << 8) | second);

    /// <summary>The code as two ASCII characters packed big-endian, as it appears on the wire.</summary>
    public ushort Code => _code;

    /// <summary>True when this is not one of the VRs of PS3.5 (the default value is unknown).</summary>
    public bool IsUnknown => !TryFromCode(_code, out _);

    /// <summary>AE, Application Entity: a node title, up to 16 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR AE = new('A', 'E');
    /// <summary>AS, Age String: nnnD, nnnW, nnnM or nnnY, 4 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR AS = new('A', 'S');
    /// <summary>AT, Attribute Tag: a tag as two 16-bit unsigned integers, 4 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR AT = new('A', 'T');
    /// <summary>CS, Code String: up to 16 characters of upper case, digits, space and underscore (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR CS = new('C', 'S');
    /// <summary>DA, Date: YYYYMMDD, 8 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR DA = new('D', 'A');
    /// <summary>DS, Decimal String: a decimal number as text, up to 16 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR DS = new('D', 'S');
    /// <summary>DT, Date Time: YYYYMMDDHHMMSS.FFFFFF&amp;ZZXX, up to 26 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR DT = new('D', 'T');
    /// <summary>FD, Floating Point Double: IEEE 754 binary64, 8 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR FD = new('F', 'D');
    /// <summary>FL, Floating Point Single: IEEE 754 binary32, 4 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR FL = new('F', 'L');
    /// <summary>IS, Integer String: a signed integer as text, up to 12 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR IS = new('I', 'S');
    /// <summary>LO, Long String: up to 64 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR LO = new('L', 'O');
    /// <summary>LT, Long Text: up to 10240 characters, one value (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR LT = new('L', 'T');
    /// <summary>OB, Other Byte: a byte stream, 8-bit words (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR OB = new('O', 'B');
    /// <summary>OD, Other Double: a stream of 64-bit IEEE 754 floats (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR OD = new('O', 'D');
    /// <summary>OF, Other Float: a stream of 32-bit IEEE 754 floats (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR OF = new('O', 'F');
    /// <summary>OL, Other Long: a stream of 32-bit words (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR OL = new('O', 'L');
    /// <summary>OV, Other 64-bit Very Long: a stream of 64-bit words (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR OV = new('O', 'V');
    /// <summary>OW, Other Word: a stream of 16-bit words (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR OW = new('O', 'W');
    /// <summary>PN, Person Name: up to 64 characters per component group (PS3.5 6.2.1) (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR PN = new('P', 'N');
    /// <summary>SH, Short String: up to 16 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR SH = new('S', 'H');
    /// <summary>SL, Signed Long: a 32-bit signed integer, 4 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR SL = new('S', 'L');
    /// <summary>SQ, Sequence of Items: zero or more nested data sets (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR SQ = new('S', 'Q');
    /// <summary>SS, Signed Short: a 16-bit signed integer, 2 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR SS = new('S', 'S');
    /// <summary>ST, Short Text: up to 1024 characters, one value (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR ST = new('S', 'T');
    /// <summary>SV, Signed 64-bit Very Long: a 64-bit signed integer, 8 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR SV = new('S', 'V');
    /// <summary>TM, Time: HHMMSS.FFFFFF, up to 14 characters (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR TM = new('T', 'M');
    /// <summary>UC, Unlimited Characters: up to 2^32-2 bytes per value (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR UC = new('U', 'C');
    /// <summary>UI, Unique Identifier (UID): digits and dots, up to 64 characters (PS3.5 9) (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR UI = new('U', 'I');
    /// <summary>UL, Unsigned Long: a 32-bit unsigned integer, 4 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR UL = new('U', 'L');
    /// <summary>UN, Unknown: bytes of a VR not known to the encoder (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR UN = new('U', 'N');
    /// <summary>UR, Universal Resource Identifier or Locator (RFC 3986), up to 2^32-2 bytes, one value (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR UR = new('U', 'R');
    /// <summary>US, Unsigned Short: a 16-bit unsigned integer, 2 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR US = new('U', 'S');
    /// <summary>UT, Unlimited Text: up to 2^32-2 bytes, one value (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR UT = new('U', 'T');
    /// <summary>UV, Unsigned 64-bit Very Long: a 64-bit unsigned integer, 8 bytes (PS3.5 table 6.2-1).</summary>
    public static readonly DicomVR UV = new('U', 'V');

    private static readonly DicomVR[] s_all =
    [
        AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW,
        PN, SH, SL, SQ, SS, ST, SV, TM, UC, UI, UL, UN, UR, US, UT, UV,
    ];

    /// <summary>Every VR of PS3.5.</summary>
    public static ReadOnlySpan<DicomVR> All => s_all;

    /// <summary>
    /// True for the VRs whose explicit-VR encoding has two reserved bytes and a 32-bit length
    /// (PS3.5 7.1.2): OB, OD, OF, OL, OV, OW, SQ, SV, UC, UN, UR, UT, UV.
    /// </summary>
    public bool HasLongExplicitLength =>
        this == OB || this == OD || this == OF || this == OL || this == OV || this == OW || this == SQ ||
        this == SV || this == UC || this == UN || this == UR || this == UT || this == UV;

    /// <summary>True for VRs whose values are text (and so use the specific character set where it applies).</summary>
    public bool IsString =>
        this == AE || this == AS || this == CS || this == DA || this == DS || this == DT || this == IS || this == LO ||
        this == LT || this == PN || this == SH || this == ST || this == TM || this == UC || this == UI || this == UR || this == UT;

    /// <summary>True for the text VRs that are affected by Specific Character Set (0008,0005).</summary>
    public bool UsesSpecificCharacterSet =>
        this == LO || this == LT || this == PN || this == SH || this == ST || this == UC || this == UT;

    /// <summary>The byte used to pad a value to even length: space for text, NUL for UI and binary VRs.</summary>
    public byte PaddingByte => IsString && this != UI ? (byte)' ' : (byte)0;

    /// <summary>Looks up a VR by its two-character code.</summary>
    public static bool TryParse(ReadOnlySpan<char> code, out DicomVR vr)
    {
        vr = default;
        if (code.Length != 2 || code[0] > 0x7F || code[1] > 0x7F)
        {
            return false;
        }
        return TryFromCode((ushort)((code[0] << 8) | code[1]), out vr);
    }

    /// <summary>Looks up a VR by its two wire bytes (e.g. <c>'P','N'</c>).</summary>
    public static bool TryFromBytes(byte first, byte second, out DicomVR vr) =>
        TryFromCode((ushort)((first << 8) | second), out vr);

    /// <summary>Looks up a VR by its two-character code; throws <see cref="FormatException"/> naming the text otherwise.</summary>
    public static DicomVR Parse(ReadOnlySpan<char> code) =>
        TryParse(code, out var vr) ? vr : throw new FormatException($"'{code.ToString()}' is not a DICOM value representation.");

    private static bool TryFromCode(ushort code, out DicomVR vr)
    {
        foreach (var candidate in s_all)
        {
            if (candidate._code == code)
            {
                vr = candidate;
                return true;
            }
        }
        vr = default;
        return false;
    }

    /// <summary>The two-letter code.</summary>
    public override string ToString() => _code == 0 ? "??" : new string([(char)(_code >> 8), (char)(_code & 0xFF)]);

    /// <inheritdoc />
    public bool Equals(DicomVR other) => _code == other._code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DicomVR other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _code;

    /// <summary>Equality of codes.</summary>
    public static bool operator ==(DicomVR left, DicomVR right) => left._code == right._code;

    /// <summary>Inequality of codes.</summary>
    public static bool operator !=(DicomVR left, DicomVR right) => left._code != right._code;
}

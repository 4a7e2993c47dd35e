using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Parsing;

/// <summary>Which VRs exist and which matching kinds each VR can take (PS3.4 C.2.2.2, PS3.18 8.3.4).</summary>
internal static class VrRules
{
    private const string Known = "AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV";

    public static bool IsKnown(string vr) => vr.Length == 2 && Known.IndexOf(vr, System.StringComparison.Ordinal) % 3 == 0;

    public static bool Allows(string vr, MatchKinds kind) => kind switch
    {
        MatchKinds.Exact => vr != "SQ" && !IsBinary(vr),
        MatchKinds.Range => vr == "DA" || vr == "TM" || vr == "DT",
        MatchKinds.Fuzzy => vr == "PN",
        MatchKinds.UidList => vr == "UI",
        MatchKinds.Wildcard => IsWildcardText(vr),
        _ => false,
    };

    public static bool IsBinary(string vr) =>
        vr == "OB" || vr == "OD" || vr == "OF" || vr == "OL" || vr == "OV" || vr == "OW" || vr == "UN";

    // PS3.4 C.2.2.2.4: wildcard matching applies to text VRs other than DA, TM, DT, UI (and not to numbers).
    private static bool IsWildcardText(string vr) =>
        vr == "AE" || vr == "CS" || vr == "LO" || vr == "LT" || vr == "PN" || vr == "SH" || vr == "ST" || vr == "UC" || vr == "UR" || vr == "UT";
}

namespace DicomTyped.Generator.Emit;

/// <summary>The C# shapes a VR takes: the record property type with its reader, and the query value type with its formatter.</summary>
internal static class VrTypes
{
    private const string Reader = "global::DicomTyped.Dicom.Json.DicomJsonValueReader.";

    /// <summary>How a record holds one value of the VR, or null for binary VRs (left in the attribute bag).</summary>
    /// <returns>The element type (not nullable-annotated) and the reader method names for one value and for all values.</returns>
    public static (string Type, string ReadOne, string ReadAll)? Property(string vr)
    {
        switch (vr)
        {
            case "PN": return ("global::DicomTyped.Dicom.PersonName", Reader + "ReadPersonName", Reader + "ReadPersonNames");
            case "DA": return ("global::System.DateOnly", Reader + "ReadDate", Reader + "ReadDates");
            case "TM": return ("global::System.TimeOnly", Reader + "ReadTime", Reader + "ReadTimes");
            case "DT": return ("global::System.DateTimeOffset", Reader + "ReadDateTime", Reader + "ReadDateTimes");
            case "IS": case "US": case "SS": case "SL": return ("int", Reader + "ReadInt32", Reader + "ReadInt32s");
            case "UL": case "SV": return ("long", Reader + "ReadInt64", Reader + "ReadInt64s");
            case "UV": return ("ulong", Reader + "ReadUInt64", Reader + "ReadUInt64s");
            case "DS": return ("decimal", Reader + "ReadDecimal", Reader + "ReadDecimals");
            case "FL": return ("float", Reader + "ReadSingle", Reader + "ReadSingles");
            case "FD": return ("double", Reader + "ReadDouble", Reader + "ReadDoubles");
            case "AT": return ("global::DicomTyped.Dicom.DicomTag", Reader + "ReadTag", Reader + "ReadTags");
            case "SQ": return ("global::DicomTyped.Dicom.Json.DicomJsonAttributes", Reader + "ReadSequence", Reader + "ReadSequence");
            case "AE": case "AS": case "CS": case "LO": case "LT": case "SH": case "ST": case "UC": case "UI": case "UR": case "UT":
                return ("string", Reader + "ReadString", Reader + "ReadStrings");
            default: return null;
        }
    }

    /// <summary>The nullable record property type: lists for multi-valued attributes and sequences.</summary>
    public static string? PropertyType(string vr, bool multiValued)
    {
        if (Property(vr) is not { } p)
        {
            return null;
        }
        if (vr == "SQ")
        {
            return "global::System.Collections.Generic.IReadOnlyList<" + p.Type + ">?";
        }
        return multiValued ? "global::System.Collections.Generic.IReadOnlyList<" + p.Type + "?>?" : p.Type + "?";
    }

    /// <summary>The reader call expression for a record property (the generated reader's <c>scope</c> takes its warnings).</summary>
    public static string? ReadCall(string vr, bool multiValued) =>
        Property(vr) is { } p ? (multiValued || vr == "SQ" ? p.ReadAll : p.ReadOne) + "(ref reader, tag, ref scope)" : null;

    /// <summary>The parameter type and the formatting expression (of <c>value</c>) for single value matching, or null when the VR cannot be matched.</summary>
    public static (string Type, string Format)? QueryValue(string vr, string keyword, bool rejectWildcards)
    {
        const string V = "global::DicomTyped.Query.QidoValues.";
        var name = SourceWriter.Literal(keyword);
        switch (vr)
        {
            case "UI": return ("string", V + "Uid(value, " + name + ")");
            case "DA": return ("global::System.DateOnly", V + "Date(value)");
            case "TM": return ("global::System.TimeOnly", V + "Time(value)");
            case "DT": return ("global::System.DateTimeOffset", V + "DateTime(value)");
            case "IS": case "US": case "SS": case "SL": return ("int", V + "Integer(value)");
            case "UL": case "SV": return ("long", V + "Integer(value)");
            case "UV": return ("ulong", V + "Integer(value)");
            case "DS": return ("decimal", V + "Decimal(value)");
            case "FL": case "FD": return ("double", V + "Double(value, " + name + ")");
            case "AT": return ("global::DicomTyped.Dicom.DicomTag", "value.ToHexString()");
            case "PN": case "AE": case "AS": case "CS": case "LO": case "LT": case "SH": case "ST": case "UC": case "UR": case "UT":
                return ("string", V + "Text(value, " + name + (rejectWildcards ? ", rejectWildcards: true)" : ")"));
            default: return null;
        }
    }

    /// <summary>The type of one end of a range (DA, TM, DT), or null.</summary>
    public static (string Type, string Formatter)? RangeValue(string vr) => vr switch
    {
        "DA" => ("global::System.DateOnly", "global::DicomTyped.Query.QidoValues.DateRange"),
        "TM" => ("global::System.TimeOnly", "global::DicomTyped.Query.QidoValues.TimeRange"),
        "DT" => ("global::System.DateTimeOffset", "global::DicomTyped.Query.QidoValues.DateTimeRange"),
        _ => null,
    };

    /// <summary>An example of the DICOM text form, for docs.</summary>
    public static string Example(string vr) => vr switch
    {
        "PN" => "<c>DOE^JOHN</c>",
        "DA" => "<c>20200922</c>",
        "TM" => "<c>120000</c>",
        "DT" => "<c>20200922120000+0000</c>",
        "UI" => "<c>1.2.840.10008.5.1.4.1.1.7</c>",
        _ => "",
    };
}

using System;
using DicomTyped.Dicom;
using DicomTyped.Query;

namespace DicomTyped.Cli.Conformance;

/// <summary>
/// The synthetic values the suite stores for searchable attributes, and the query values that should and should not
/// match them for each matching kind (PS3.4 C.2.2.2). Values hold only letters, digits and <c>^</c>, so no server's
/// percent-decoding (or lack of it) changes them.
/// </summary>
internal static class SyntheticValues
{
    /// <summary>The text stored in string attributes.</summary>
    public const string Text = "DTYCONFORMANCE";

    /// <summary>The person name stored in PN attributes: family name and given name.</summary>
    public const string Name = "DTYCONFORMANCE^SYNTHETIC";

    private const string Date = "20240115";
    private const string Time = "101010";

    /// <summary>The value stored for <paramref name="rule"/>, or null when the suite leaves the attribute out (UIDs and computed ones are set by the study itself).</summary>
    public static string? Stored(QidoAttributeRule rule) => rule.Keyword switch
    {
        "PatientSex" => "O",
        "ModalitiesInStudy" => null,                                  // computed by the server from Modality
        _ => rule.VR switch
        {
            "PN" => Name,
            "DA" => Date,
            "TM" => Time,
            "DT" => Date + Time,
            "IS" or "DS" => "7",
            "UI" or "SQ" => null,
            "CS" => "DTYCONF",
            "SH" or "LO" or "LT" or "ST" or "UC" or "UT" or "AE" => Text,
            _ => null,
        },
    };

    /// <summary>The query value that matches <paramref name="stored"/> with <paramref name="kind"/>.</summary>
    public static string Matching(string vr, QidoMatching kind, string stored) => kind switch
    {
        QidoMatching.Range => vr switch
        {
            "DA" => ShiftMonth(stored, 0),
            "TM" => "100000-110000",
            _ => "20240101000000-20240131235959",
        },
        QidoMatching.Wildcard => stored.Length > 2 ? stored[..^1] + "*" : stored[..1] + "*",
        QidoMatching.Fuzzy => Given(stored)[..Math.Min(4, Given(stored).Length)].ToLowerInvariant(),
        QidoMatching.UidList => stored + "," + DicomUid.Generate(),
        _ => stored,
    };

    /// <summary>A query value of the same kind that matches none of the suite's instances.</summary>
    public static string NotMatching(string vr, QidoMatching kind, string stored) => kind switch
    {
        QidoMatching.Range => vr switch
        {
            "DA" => ShiftMonth(stored, -12),
            "TM" => "120000-130000",
            _ => "20230101000000-20230131235959",
        },
        QidoMatching.Wildcard => "QQ*",
        QidoMatching.Fuzzy => "qzxw",
        QidoMatching.UidList => DicomUid.Generate() + "," + DicomUid.Generate(),
        _ => Different(vr, stored),
    };

    private static string Different(string vr, string stored) => vr switch
    {
        "UI" => DicomUid.Generate(),
        "DA" => "20230115",
        "TM" => "111111",
        "DT" => "20230115111111",
        "IS" or "DS" => stored == "8" ? "9" : "8",
        "PN" => "QQ^NOBODY",
        "CS" => stored == "F" ? "M" : stored == "OT" ? "MR" : "QQ",
        _ => "QQNOTHING",
    };

    // The month of the DA value, or the same month a year before, as a range.
    private static string ShiftMonth(string date, int months)
    {
        var day = DateOnly.ParseExact(date, "yyyyMMdd").AddMonths(months);
        var first = new DateOnly(day.Year, day.Month, 1);
        return $"{first:yyyyMMdd}-{first.AddMonths(1).AddDays(-1):yyyyMMdd}";
    }

    private static string Given(string personName)
    {
        var parts = personName.Split('^');
        return parts.Length > 1 && parts[1].Length > 0 ? parts[1] : parts[0];
    }
}

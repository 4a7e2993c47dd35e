using System;
using System.Globalization;
using DicomTyped.Dicom;

namespace DicomTyped.Server.Store;

/// <summary>
/// Checks the values of the attributes the server relies on (required and searchable ones) against their VR (PS3.5 6.2):
/// lengths, characters and date/time forms. Returns a readable comment naming the attribute and the problem, or null.
/// </summary>
internal static class AttributeValidator
{
    public static string? Check(DicomDataset dataset, DicomTag tag, string keyword, string vr)
    {
        string[] values;
        try
        {
            values = dataset.GetStrings(tag);
        }
        catch (DicomTypedException e)
        {
            return $"{keyword} {tag} cannot be decoded: {e.Message}";
        }
        foreach (var raw in values)
        {
            var value = raw.Trim(' ', '\0');
            if (value.Length == 0)
            {
                continue;
            }
            var problem = vr switch
            {
                "UI" => DicomUid.IsWellFormed(value) ? null : "is not a UID (1 to 64 letters, digits, '.' and '-')",
                "DA" => IsDate(value) ? null : "is not a date (YYYYMMDD)",
                "TM" => IsTime(value) ? null : "is not a time (HHMMSS.FFFFFF)",
                "DT" => IsDateTime(value) ? null : "is not a date-time (YYYYMMDDHHMMSS.FFFFFF&ZZXX)",
                "PN" => PersonNameProblem(value),
                "CS" => value.Length > 16 ? "is longer than 16 characters" : IsCodeString(value) ? null : "holds characters a CS cannot (A-Z, 0-9, space, _)",
                "SH" => value.Length > 16 ? "is longer than 16 characters" : null,
                "LO" => value.Length > 64 ? "is longer than 64 characters" : null,
                "AE" => value.Length > 16 ? "is longer than 16 characters" : null,
                _ => null,
            };
            if (problem is not null)
            {
                return $"{keyword} {tag} value '{Printable(value)}' {problem}.";
            }
        }
        return null;
    }

    private static bool IsDate(string value) =>
        value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsTime(string value)
    {
        var main = value.Split('.', 2);
        if (main[0].Length is not (2 or 4 or 6) || !AllDigits(main[0]) || (main.Length == 2 && (main[1].Length is < 1 or > 6 || !AllDigits(main[1]))))
        {
            return false;
        }
        var hour = int.Parse(main[0][..2], CultureInfo.InvariantCulture);
        var minute = main[0].Length >= 4 ? int.Parse(main[0][2..4], CultureInfo.InvariantCulture) : 0;
        var second = main[0].Length == 6 ? int.Parse(main[0][4..6], CultureInfo.InvariantCulture) : 0;
        return hour < 24 && minute < 60 && second < 61;
    }

    private static bool IsDateTime(string value)
    {
        var offsetAt = value.IndexOfAny(['+', '-'], Math.Min(4, value.Length));
        var main = offsetAt >= 0 ? value[..offsetAt] : value;
        if (offsetAt >= 0 && (value.Length - offsetAt != 5 || !AllDigits(value[(offsetAt + 1)..])))
        {
            return false;
        }
        var whole = main.Split('.', 2)[0];
        return whole.Length is 4 or 6 or 8 or 10 or 12 or 14 && AllDigits(whole) && (main.Length == whole.Length || whole.Length == 14);
    }

    private static string? PersonNameProblem(string value)
    {
        var groups = value.Split('=');
        if (groups.Length > 3)
        {
            return "has more than three component groups";
        }
        foreach (var group in groups)
        {
            if (group.Length > 64)
            {
                return "has a component group longer than 64 characters";
            }
            if (group.Split('^').Length > 5)
            {
                return "has more than five components";
            }
        }
        return null;
    }

    private static bool IsCodeString(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is ' ' or '_'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return text.Length > 0;
    }

    private static string Printable(string value) => value.Length > 80 ? value[..80] + "…" : value;
}

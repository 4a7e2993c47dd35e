using System;
using System.Globalization;

namespace DicomTyped.Dicom;

/// <summary>Parses and formats DA, TM and DT text (PS3.5 6.2), accepting the partial forms the standard allows.</summary>
internal static class DicomDateTimeText
{
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        // ACR-NEMA style "YYYY.MM.DD" still appears in old files.
        if (text.Length == 10 && text[4] == '.' && text[7] == '.')
        {
            return TryDigits(text[..4], out var y1) && TryDigits(text.Slice(5, 2), out var m1) && TryDigits(text.Slice(8, 2), out var d1) && TryDate(y1, m1, d1, out date);
        }
        return text.Length == 8 && TryDigits(text[..4], out var y) && TryDigits(text.Slice(4, 2), out var m) && TryDigits(text.Slice(6, 2), out var d) && TryDate(y, m, d, out date);
    }

    public static bool TryParseTime(ReadOnlySpan<char> text, out TimeOnly time)
    {
        time = default;
        if (text.Length >= 5 && text[2] == ':')
        {
            Span<char> compact = stackalloc char[text.Length];
            var n = 0;
            foreach (var c in text)
            {
                if (c != ':') compact[n++] = c;
            }
            return TryParseTime(compact[..n], out time);
        }
        int hour = 0, minute = 0, second = 0, ticks = 0;
        if (text.Length < 2 || !TryDigits(text[..2], out hour)) return false;
        var rest = text[2..];
        if (rest.Length >= 2 && char.IsAsciiDigit(rest[0]))
        {
            if (!TryDigits(rest[..2], out minute)) return false;
            rest = rest[2..];
            if (rest.Length >= 2 && char.IsAsciiDigit(rest[0]))
            {
                if (!TryDigits(rest[..2], out second)) return false;
                rest = rest[2..];
                if (rest.Length > 0)
                {
                    if (rest[0] != '.' || rest.Length > 7 || rest.Length < 2 || !TryDigits(rest[1..], out var fraction)) return false;
                    ticks = fraction * Pow10(7 - (rest.Length - 1));
                    rest = default;
                }
            }
        }
        if (!rest.IsEmpty || hour > 23 || minute > 59 || second > 60) return false;
        // A leap second (60) is allowed by DICOM; TimeOnly cannot hold it, so it is clamped.
        time = new TimeOnly(hour, minute, Math.Min(second, 59)).Add(TimeSpan.FromTicks(ticks));
        return true;
    }

    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        var offset = TimeSpan.Zero;
        var sign = text.IndexOfAny('+', '-');
        if (sign >= 0)
        {
            var zone = text[(sign + 1)..];
            if (zone.Length != 4 || !TryDigits(zone[..2], out var zh) || !TryDigits(zone[2..], out var zm)) return false;
            offset = new TimeSpan(zh, zm, 0) * (text[sign] == '-' ? -1 : 1);
            text = text[..sign];
        }
        if (text.Length < 4 || !TryDigits(text[..4], out var year)) return false;
        int month = 1, day = 1;
        if (text.Length >= 6 && !TryDigits(text.Slice(4, 2), out month)) return false;
        if (text.Length >= 8 && !TryDigits(text.Slice(6, 2), out day)) return false;
        if (text.Length is 5 or 7 || !TryDate(year, month, day, out var date)) return false;
        var time = TimeOnly.MinValue;
        if (text.Length > 8 && !TryParseTime(text[8..], out time)) return false;
        if (offset.Duration() > TimeSpan.FromHours(14)) return false;
        value = new DateTimeOffset(date.ToDateTime(time), offset);
        return true;
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string FormatTime(TimeOnly time) =>
        time.Ticks % TimeSpan.TicksPerSecond == 0
            ? time.ToString("HHmmss", CultureInfo.InvariantCulture)
            : time.ToString("HHmmss.ffffff", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset value, bool includeOffset)
    {
        var text = FormatDate(DateOnly.FromDateTime(value.DateTime)) + FormatTime(TimeOnly.FromDateTime(value.DateTime));
        if (!includeOffset) return text;
        var sign = value.Offset < TimeSpan.Zero ? '-' : '+';
        var abs = value.Offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{text}{sign}{abs.Hours:D2}{abs.Minutes:D2}");
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty) return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static int Pow10(int exponent)
    {
        var result = 1;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }
}

using System;
using System.Globalization;

namespace DicomTyped.Dicom;

/// <summary>
/// DA, TM and DT text (PS3.5 6.2): the one parser and formatter the dataset getters, DICOM JSON and the generated
/// record readers share. Parsing works on ASCII bytes, as element values are stored and as DICOM JSON carries them;
/// the char overloads narrow to bytes first.
/// </summary>
internal static class DicomDateTimeText
{
    // Longer than any DA, TM or DT value with padding; longer text is not a date or time.
    private const int MaxCharLength = 64;

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        Span<byte> ascii = stackalloc byte[MaxCharLength];
        value = default;
        return TryNarrow(text, ascii, out var length) && TryParseDate(ascii[..length], out value);
    }

    public static bool TryParseTime(ReadOnlySpan<char> text, out TimeOnly value)
    {
        Span<byte> ascii = stackalloc byte[MaxCharLength];
        value = default;
        return TryNarrow(text, ascii, out var length) && TryParseTime(ascii[..length], out value);
    }

    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        Span<byte> ascii = stackalloc byte[MaxCharLength];
        value = default;
        return TryNarrow(text, ascii, out var length) && TryParseDateTime(ascii[..length], out value);
    }

    /// <summary><c>YYYYMMDD</c>, or the ACR-NEMA <c>YYYY.MM.DD</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length == 10 && text[4] == '.' && text[7] == '.')
        {
            return TryDigits(text[..4], out var y) && TryDigits(text.Slice(5, 2), out var m) && TryDigits(text.Slice(8, 2), out var d)
                && TryDate(y, m, d, out value);
        }
        return text.Length == 8 && TryDigits(text[..4], out var year) && TryDigits(text.Slice(4, 2), out var month)
            && TryDigits(text.Slice(6, 2), out var day) && TryDate(year, month, day, out value);
    }

    /// <summary><c>HH[MM[SS[.F{1-6}]]]</c>, also with the ACR-NEMA colons <c>HH:MM:SS</c>; second 60 (leap) reads as 59.999999.</summary>
    public static bool TryParseTime(ReadOnlySpan<byte> text, out TimeOnly value)
    {
        value = default;
        if (!TryTimeParts(ref text, out var ticks) || !text.IsEmpty)
        {
            return false;
        }
        value = new TimeOnly(ticks);
        return true;
    }

    /// <summary>
    /// <c>YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&amp;ZZXX]</c>. Without an offset the value is taken as UTC
    /// (PS3.5 says local to the sender; the caller can apply Timezone Offset From UTC).
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        var offset = TimeSpan.Zero;
        var sign = text.Length > 4 ? text[4..].IndexOfAny((byte)'+', (byte)'-') : -1;
        if (sign >= 0)
        {
            var zone = text[(sign + 4)..];
            if (zone.Length != 5 || !TryDigits(zone.Slice(1, 2), out var zh) || !TryDigits(zone.Slice(3, 2), out var zm) || zh > 14 || zm > 59)
            {
                return false;
            }
            offset = new TimeSpan(zh, zm, 0) * (zone[0] == '-' ? -1 : 1);
            text = text[..(sign + 4)];
        }
        if (text.Length < 4 || !TryDigits(text[..4], out var year))
        {
            return false;
        }
        int month = 1, day = 1;
        if (text.Length >= 6 && !TryDigits(text.Slice(4, 2), out month))
        {
            return false;
        }
        if (text.Length >= 8 && !TryDigits(text.Slice(6, 2), out day))
        {
            return false;
        }
        if (text.Length is 5 or 7 || !TryDate(year, month, day, out var date))
        {
            return false;
        }
        var time = text.Length > 8 ? text[8..] : default;
        long ticks = 0;
        if (!time.IsEmpty && (!TryTimeParts(ref time, out ticks) || !time.IsEmpty))
        {
            return false;
        }
        value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue).AddTicks(ticks), offset);
        return true;
    }

    // Reads HH[[:]MM[[:]SS[.F{1-6}]]] from the front of text.
    private static bool TryTimeParts(ref ReadOnlySpan<byte> text, out long ticks)
    {
        ticks = 0;
        if (text.Length < 2 || !TryDigits(text[..2], out var hour) || hour > 23)
        {
            return false;
        }
        text = text[2..];
        int minute = 0, second = 0;
        long fraction = 0;
        if (!text.IsEmpty)
        {
            if (text[0] == ':')
            {
                text = text[1..];
            }
            if (text.Length < 2 || !TryDigits(text[..2], out minute) || minute > 59)
            {
                return false;
            }
            text = text[2..];
        }
        if (!text.IsEmpty)
        {
            if (text[0] == ':')
            {
                text = text[1..];
            }
            if (text.Length < 2 || !TryDigits(text[..2], out second) || second > 60)
            {
                return false;
            }
            text = text[2..];
            if (!text.IsEmpty && text[0] == '.')
            {
                var digits = text[1..];
                var count = 0;
                while (count < digits.Length && digits[count] >= '0' && digits[count] <= '9')
                {
                    count++;
                }
                if (count == 0 || count > 6 || !TryDigits(digits[..count], out var f))
                {
                    return false;
                }
                fraction = f;
                for (var i = count; i < 7; i++)
                {
                    fraction *= 10;
                }
                text = digits[count..];
            }
        }
        ticks = (((hour * 60L) + minute) * 60 + Math.Min(second, 59)) * TimeSpan.TicksPerSecond + (second == 60 ? TimeSpan.TicksPerSecond - 10 : fraction);
        return true;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly value)
    {
        value = default;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b < '0' || b > '9')
            {
                return false;
            }
            value = (value * 10) + (b - '0');
        }
        return !digits.IsEmpty;
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

    private static bool TryNarrow(ReadOnlySpan<char> text, Span<byte> ascii, out int length)
    {
        length = text.Length;
        if (length > ascii.Length)
        {
            return false;
        }
        for (var i = 0; i < length; i++)
        {
            if (text[i] > 0x7F)
            {
                return false;
            }
            ascii[i] = (byte)text[i];
        }
        return true;
    }
}

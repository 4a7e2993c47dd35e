using System;

namespace DicomTyped.Dicom.Json;

/// <summary>The JSON number grammar (RFC 8259 section 6), to tell which IS/DS texts can be written as numbers.</summary>
internal static class DicomJsonNumberText
{
    /// <summary>True for <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    public static bool IsJsonNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }
        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }
        // A leading zero must stand alone: "007" is not JSON.
        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            i = SkipDigits(text, i);
        }
        if (i < text.Length && text[i] == '.')
        {
            var start = ++i;
            i = SkipDigits(text, i);
            if (i == start)
            {
                return false;
            }
        }
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }
            var start = i;
            i = SkipDigits(text, i);
            if (i == start)
            {
                return false;
            }
        }
        return i == text.Length;
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i;
    }
}

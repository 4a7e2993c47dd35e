using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace DicomTyped.Client;

/// <summary>
/// Reads Warning headers as sent. PS3.18's form (<c>299 {service}: text</c>) is not RFC 7234's (quoted text), so the
/// typed header parser rejects it; the unvalidated values keep it.
/// </summary>
internal static class ResponseWarnings
{
    public static IReadOnlyList<string> Of(HttpResponseMessage response)
    {
        if (!response.Headers.NonValidated.TryGetValues("Warning", out var values))
        {
            return [];
        }
        var warnings = new List<string>();
        foreach (var value in values)
        {
            warnings.Add(value);
        }
        return warnings;
    }

    /// <summary>
    /// The n of <c>There are {n} additional results that can be requested</c> (PS3.18 8.3.4.4), or null: the first run
    /// of digits followed by whitespace, the word "additional", whitespace and a word starting "result" (any case).
    /// One pass over each warning, so a long or hostile header costs time linear in its length (a backtracking regex
    /// here cost the square of a long run of digits). A count past <see cref="long.MaxValue"/> is not a count.
    /// </summary>
    public static long? RemainingCount(IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
        {
            if (RemainingCount(warning) is { } count)
            {
                return count;
            }
        }
        return null;
    }

    internal static long? RemainingCount(ReadOnlySpan<char> warning)
    {
        var position = 0;
        while (position < warning.Length)
        {
            if (!char.IsAsciiDigit(warning[position]))
            {
                position++;
                continue;
            }
            var digitsStart = position;
            while (position < warning.Length && char.IsAsciiDigit(warning[position]))
            {
                position++;
            }
            var digits = warning[digitsStart..position];
            // Every check below moves forward from the end of the digits and never rescans them.
            var rest = warning[position..];
            var afterSpace = SkipWhitespace(rest);
            if (afterSpace > 0 && rest[afterSpace..].StartsWith("additional", StringComparison.OrdinalIgnoreCase))
            {
                var tail = rest[(afterSpace + "additional".Length)..];
                var afterSecondSpace = SkipWhitespace(tail);
                if (afterSecondSpace > 0 && tail[afterSecondSpace..].StartsWith("result", StringComparison.OrdinalIgnoreCase)
                    && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    return count;
                }
            }
        }
        return null;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DicomTyped.Server.Search;

/// <summary>
/// How stored values and query values are made comparable, the same way on both sides: person names ignore case and
/// accents (alphabetic group, trailing empty components dropped); other strings ignore case; dates, times and UIDs are
/// compared as written (trimmed).
/// </summary>
internal static class MatchValues
{
    public static string Normalize(string vr, string value) => vr switch
    {
        "PN" => PersonName(value),
        "DA" or "TM" or "DT" or "UI" => value.Trim(' ', '\0'),
        _ => value.Trim(' ', '\0').ToUpperInvariant(),
    };

    /// <summary>The words of a person name for fuzzy matching: its alphabetic group split at '^' and spaces, normalized.</summary>
    public static IEnumerable<string> Words(string personName)
    {
        foreach (var word in PersonName(personName).Split(['^', ' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return word;
        }
    }

    /// <summary>The words of a fuzzy query value, e.g. <c>jo do</c> gives JO and DO.</summary>
    public static IReadOnlyList<string> QueryWords(string value)
    {
        var words = new List<string>();
        foreach (var word in RemoveAccents(value).ToUpperInvariant().Split(['^', ' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(word);
        }
        return words;
    }

    private static string PersonName(string value)
    {
        var alphabetic = value.Split('=')[0];
        return RemoveAccents(alphabetic).ToUpperInvariant().Trim(' ', '\0').TrimEnd('^').Trim();
    }

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

using System;
using DicomTyped.Dicom;

namespace DicomTyped.Cli.Search;

/// <summary>"did you mean PatientName?": the PS3.6 keyword nearest a misspelt one, by edit distance.</summary>
internal static class KeywordSuggestion
{
    /// <summary>The nearest non-retired keyword within a third of its length (at least 2 edits), or null.</summary>
    public static string? Nearest(string misspelt)
    {
        var limit = Math.Max(2, misspelt.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var entry in DicomDictionary.Entries)
        {
            if (entry.IsRetired || entry.Keyword.Length == 0 || Math.Abs(entry.Keyword.Length - misspelt.Length) > limit)
            {
                continue;
            }
            var distance = Distance(misspelt, entry.Keyword, Math.Min(limit, bestDistance));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (entry.Keyword, distance);
            }
        }
        return bestDistance <= limit ? best : null;
    }

    // Levenshtein distance ignoring case, giving up (returning more than bound) once a row passes bound.
    private static int Distance(string a, string b, int bound)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > bound)
            {
                return bound + 1;
            }
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }
}

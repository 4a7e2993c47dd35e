using System;
using System.Collections.Generic;

namespace DicomTyped.Analyzers;

/// <summary>"Did you mean": the closest name by edit distance (insert, delete, substitute, swap), ignoring case.</summary>
internal static class EditDistance
{
    /// <summary>The closest candidate within a distance that grows with the name's length (1 up to 4 letters, then a third of it, at most 3), or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var budget = Math.Min(3, Math.Max(1, name.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == name || Math.Abs(candidate.Length - name.Length) > budget)
            {
                continue;
            }
            var distance = Distance(name, candidate);
            if (distance <= budget && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance, case-insensitive; two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2]) && char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}

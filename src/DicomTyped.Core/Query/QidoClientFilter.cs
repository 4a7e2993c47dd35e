using System;
using System.Collections.Generic;
using System.Text.Json;

namespace DicomTyped.Query;

/// <summary>
/// A match the client checks on each answer itself, because the server could not be sent the value as written: a
/// server that does not percent-decode query values (the profile's <c>percentdecoding no</c>, e.g. Orthanc 1.10) gets
/// <c>*</c> in place of each run of characters that must be percent-encoded, and so answers a superset; this filter
/// then keeps only the matches whose value equals <see cref="Value"/> (or fits it, for a wildcard pattern).
/// Text is compared ignoring case (ordinal), as Orthanc compares person names and its identifier attributes, so
/// that the filter never removes a match the server would have returned for the value itself.
/// </summary>
public sealed class QidoClientFilter
{
    /// <summary>Creates a filter.</summary>
    /// <param name="tag">The attribute's tag (group in the high 16 bits), as it appears in the DICOM JSON answer.</param>
    /// <param name="value">The value the caller asked for, before any rewriting.</param>
    /// <param name="isPattern">True when <paramref name="value"/> is a wildcard pattern (<c>*</c>, <c>?</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public QidoClientFilter(uint tag, string value, bool isPattern)
    {
        ArgumentNullException.ThrowIfNull(value);
        Tag = tag;
        Value = value;
        IsPattern = isPattern;
        _key = tag.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private readonly string _key;

    /// <summary>The attribute's tag.</summary>
    public uint Tag { get; }

    /// <summary>The value (or pattern) as the caller wrote it.</summary>
    public string Value { get; }

    /// <summary>True when <see cref="Value"/> is a wildcard pattern.</summary>
    public bool IsPattern { get; }

    /// <summary>
    /// True when the DICOM JSON data set (one element of a QIDO-RS answer) has a value of the attribute that matches:
    /// any of its values; for a person name the whole value (<c>Alphabetic=Ideographic=Phonetic</c>) or any one group.
    /// </summary>
    /// <param name="dataset">One object of the answer's array.</param>
    public bool Matches(JsonElement dataset)
    {
        if (dataset.ValueKind != JsonValueKind.Object ||
            !dataset.TryGetProperty(_key, out var attribute) || attribute.ValueKind != JsonValueKind.Object ||
            !attribute.TryGetProperty("Value", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return false;
        }
        foreach (var value in values.EnumerateArray())
        {
            foreach (var text in Candidates(value))
            {
                if (IsPattern ? WildcardMatches(Value, text) : string.Equals(Value.TrimEnd(' '), text, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The matches of <paramref name="items"/> (read from <paramref name="body"/>, in order) that pass every filter.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    internal static IReadOnlyList<T> Apply<T>(IReadOnlyList<T> items, ReadOnlyMemory<byte> body, IReadOnlyList<QidoClientFilter> filters)
    {
        if (filters.Count == 0 || items.Count == 0)
        {
            return items;
        }
        var keep = Keep(body, filters);
        var kept = new List<T>(items.Count);
        for (var i = 0; i < items.Count && i < keep.Length; i++)
        {
            if (keep[i])
            {
                kept.Add(items[i]);
            }
        }
        return kept;
    }

    /// <summary>Which elements of a QIDO-RS answer (a DICOM JSON array; empty for 204) pass every filter, in order.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    internal static bool[] Keep(ReadOnlyMemory<byte> body, IReadOnlyList<QidoClientFilter> filters)
    {
        if (body.IsEmpty)
        {
            return [];
        }
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            // A single data set instead of an array is read as one match.
            return [PassesAll(root, filters)];
        }
        var keep = new bool[root.GetArrayLength()];
        var index = 0;
        foreach (var dataset in root.EnumerateArray())
        {
            keep[index++] = PassesAll(dataset, filters);
        }
        return keep;
    }

    private static bool PassesAll(JsonElement dataset, IReadOnlyList<QidoClientFilter> filters)
    {
        foreach (var filter in filters)
        {
            if (!filter.Matches(dataset))
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<string> Candidates(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            yield return value.GetString()!.TrimEnd(' ');
            yield break;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        // A person name: the whole value with its groups joined by '=', then each group alone.
        var groups = new[] { Group(value, "Alphabetic"), Group(value, "Ideographic"), Group(value, "Phonetic") };
        var count = groups.Length;
        while (count > 0 && groups[count - 1].Length == 0)
        {
            count--;
        }
        yield return string.Join('=', groups, 0, count);
        foreach (var group in groups)
        {
            if (group.Length > 0)
            {
                yield return group;
            }
        }
    }

    private static string Group(JsonElement name, string group) =>
        name.TryGetProperty(group, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()!.TrimEnd(' ') : "";

    // '*' any run, '?' one character; greedy with one backtrack point, so at most pattern × text steps.
    private static bool WildcardMatches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }
}

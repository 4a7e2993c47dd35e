using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DicomTyped.Cli.Commands;
using DicomTyped.Dicom;
using DicomTyped.Query;

namespace DicomTyped.Cli.Search;

/// <summary>A search key resolved to its tag: <see cref="Keyword"/> is what is sent (the keyword, or 8 hex digits for a tag without one).</summary>
internal sealed record SearchKey(uint Tag, string Keyword, string VR)
{
    public string TagText => Tag.ToString("X8", CultureInfo.InvariantCulture);
}

/// <summary>
/// Checks <c>--filter</c> and <c>--include</c> keys before any request: each must be a PS3.6 keyword or 8 hex digits
/// (a misspelt keyword gets "did you mean"), and, with <c>--profile</c>, searchable on the route in that profile with
/// the matching its value asks for; the refusal says where the attribute is searchable instead.
/// </summary>
internal sealed class SearchKeys(QidoProfileRules? profile)
{
    /// <summary>Resolves <paramref name="key"/> (a keyword, or a tag as <c>ggggeeee</c>).</summary>
    /// <exception cref="CommandLineException">Neither a keyword of the dictionary or profile nor a tag.</exception>
    public SearchKey Resolve(string key, string option)
    {
        if (key.Length == 8 && uint.TryParse(key, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var tag))
        {
            if (DicomDictionary.TryGetEntry(new DicomTag(tag), out var byTag))
            {
                return new SearchKey(tag, byTag.Keyword, byTag.VR.ToString());
            }
            return ProfileRule(tag) is { } declared ? new SearchKey(tag, declared.Keyword, declared.VR) : new SearchKey(tag, key.ToUpperInvariant(), "UN");
        }
        if (DicomDictionary.TryGetEntry(key, out var entry))
        {
            return new SearchKey(entry.Tag.Value, entry.Keyword, entry.VR.ToString());
        }
        if (profile?.Attributes.FirstOrDefault(a => a.Keyword == key) is { } rule)
        {
            return new SearchKey(rule.Tag, rule.Keyword, rule.VR);
        }
        var suggestion = KeywordSuggestion.Nearest(key);
        throw new CommandLineException($"{option} {key}: not a DICOM keyword or tag (ggggeeee){(suggestion is null ? "" : $"; did you mean {suggestion}?")}");
    }

    /// <summary>Checks that <paramref name="key"/> may be matched with <paramref name="value"/> on <paramref name="route"/>.</summary>
    /// <exception cref="CommandLineException">The profile does not allow it; the message gives the profile's reason.</exception>
    public void CheckFilter(SearchKey key, string value, SearchRoute route)
    {
        if (profile is null)
        {
            return;
        }
        var rule = ProfileRule(key.Tag);
        if (rule is null || rule.SearchableOn == QidoRoutes.None)
        {
            throw new CommandLineException($"{key.Keyword} is not searchable in profile {profile.Name}{(rule is null ? " (the profile does not list it)" : " (the profile lists it as returned only)")}.");
        }
        if ((rule.SearchableOn & route.Route) == 0)
        {
            var elsewhere = string.Join(", ", Enum.GetValues<QidoRoutes>().Where(r => r != QidoRoutes.None && (rule.SearchableOn & r) != 0).Select(SearchRoute.Describe));
            throw new CommandLineException($"{key.Keyword} is not searchable on {route.Display} in profile {profile.Name}; it is searchable on {elsewhere}.");
        }
        var needed = MatchingOf(key, value);
        if (needed != QidoMatching.Exact && (rule.Matching & needed) == 0)
        {
            throw new CommandLineException($"{key.Keyword}={value} asks for {Word(needed)} matching, which profile {profile.Name} does not offer on {key.Keyword} (it offers {Words(rule.Matching)}).");
        }
    }

    /// <summary>Checks <c>--fuzzy</c>: the profile must offer fuzzy matching on some attribute the search filters on.</summary>
    public void CheckFuzzy(IEnumerable<SearchKey> filtered)
    {
        if (profile is null)
        {
            return;
        }
        var fuzzyOn = profile.Attributes.Where(a => (a.Matching & QidoMatching.Fuzzy) != 0).Select(a => a.Keyword).ToList();
        if (fuzzyOn.Count == 0)
        {
            throw new CommandLineException($"--fuzzy: profile {profile.Name} has no fuzzy matching.");
        }
        if (!filtered.Any(k => fuzzyOn.Contains(k.Keyword)))
        {
            throw new CommandLineException($"--fuzzy: profile {profile.Name} matches fuzzily only on {string.Join(", ", fuzzyOn)}; filter on one of them.");
        }
    }

    /// <summary>Checks paging and <c>includefield=all</c> against the profile.</summary>
    public void CheckPaging(int? limit, int? offset, bool includeAll)
    {
        if (limit is < 1)
        {
            throw new CommandLineException($"--limit must be 1 or more, not {limit}.");
        }
        if (offset is < 0)
        {
            throw new CommandLineException($"--offset must be 0 or more, not {offset}.");
        }
        if (profile is null)
        {
            return;
        }
        if (limit is { } l && profile.LimitMax is { } max && l > max)
        {
            throw new CommandLineException($"--limit {l}: profile {profile.Name} accepts at most {max} per page; use --all to page through more.");
        }
        if (offset is > 0 && !profile.SupportsOffset)
        {
            throw new CommandLineException($"--offset: profile {profile.Name} has no offset parameter.");
        }
        if (includeAll && !profile.SupportsIncludeAll)
        {
            throw new CommandLineException($"--include all: profile {profile.Name} does not accept includefield=all; name the attributes instead.");
        }
    }

    private QidoAttributeRule? ProfileRule(uint tag) => profile?.Attributes.FirstOrDefault(a => a.Tag == tag);

    // The matching a value asks for (PS3.4 C.2.2.2): * or ? in text is wildcard, a - in a date or time is a range,
    // a , between UIDs is a list; anything else is single value matching.
    private static QidoMatching MatchingOf(SearchKey key, string value) => key.VR switch
    {
        "UI" when value.Contains(',', StringComparison.Ordinal) => QidoMatching.UidList,
        "DA" or "TM" or "DT" when value.Contains('-', StringComparison.Ordinal) => QidoMatching.Range,
        "UI" or "DA" or "TM" or "DT" => QidoMatching.Exact,
        _ when value.AsSpan().IndexOfAny('*', '?') >= 0 => QidoMatching.Wildcard,
        _ => QidoMatching.Exact,
    };

    private static string Word(QidoMatching matching) => matching switch
    {
        QidoMatching.UidList => "UID list",
        _ => matching.ToString().ToLowerInvariant(),
    };

    private static string Words(QidoMatching matching) =>
        string.Join(", ", Enum.GetValues<QidoMatching>().Where(m => m != QidoMatching.None && (matching & m) != 0).Select(Word));
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Query;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Index;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Search;

/// <summary>A parsed search: the index query and what each match should carry.</summary>
/// <param name="Query">What the index runs.</param>
/// <param name="IncludeAll"><c>includefield=all</c> was sent (it wins over named fields).</param>
/// <param name="IncludeFields">Tags named by <c>includefield</c>.</param>
/// <param name="MatchedTags">Tags matched on (returned too).</param>
internal sealed record QidoSearch(IndexQuery Query, bool IncludeAll, IReadOnlySet<uint> IncludeFields, IReadOnlySet<uint> MatchedTags);

/// <summary>
/// Reads a QIDO-RS query string (PS3.18 8.3.4) under the profile's rules: attribute ids are keywords (case-sensitive) or
/// 8 hex digits; only attributes searchable on the route are accepted; exact matching, ranges on DA/TM/DT attributes
/// that allow them, word-prefix matching on PN with <c>fuzzymatching=true</c>; <c>limit</c> within the profile's bounds;
/// <c>offset</c> of 0 or more. Anything else is a 400 naming what was wrong.
/// </summary>
internal static class QidoRequestParser
{
    private const uint ModalitiesInStudy = 0x00080061;
    private const uint Modality = 0x00080060;

    /// <summary>
    /// Distinct words a fuzzy person-name value may hold: each is one more condition of the index query, so the cost of
    /// a search is bounded here, not by the sender (a name has at most 3 groups of 5 components, each a few words).
    /// </summary>
    internal const int MaxFuzzyWords = 32;

    /// <exception cref="DicomWebRequestException">400: an unknown, unsearchable or repeated key, a value that does not fit, or a
    /// fuzzy value of more than <see cref="MaxFuzzyWords"/> different words.</exception>
    /// <param name="query">The query string.</param>
    /// <param name="route">The route searched.</param>
    /// <param name="study">The route's study, if any.</param>
    /// <param name="series">The route's series, if any.</param>
    /// <param name="extended">The extended query tags added at run time (<see cref="ExtendedQueryTags.ExtendedQueryTagRules"/>), or null.</param>
    public static QidoSearch Parse(IQueryCollection query, QidoRoute route, string? study, string? series, IReadOnlyDictionary<uint, ExtendedQueryTags.ExtendedQueryTag>? extended = null)
    {
        var rules = ServerProfile.Rules;
        var limit = rules.LimitDefault is > 0 ? rules.LimitDefault.Value : 100;
        var offset = 0;
        var fuzzy = false;
        var includeAll = false;
        var includeFields = new HashSet<uint>();
        var values = new List<(QidoAttributeRule Rule, string Key, string Value)>();
        foreach (var (key, entries) in query)
        {
            switch (key)
            {
                case "limit":
                    limit = Integer(key, Single(key, entries));
                    if (rules.LimitMin is { } min && rules.LimitMax is { } max && (limit < min || limit > max))
                    {
                        throw DicomWebRequestException.BadRequest($"limit must be {min}..{max}: {limit}.");
                    }
                    break;
                case "offset":
                    offset = Integer(key, Single(key, entries));
                    break;
                case "fuzzymatching":
                    fuzzy = Single(key, entries) switch
                    {
                        "true" => true,
                        "false" => false,
                        var other => throw DicomWebRequestException.BadRequest($"fuzzymatching must be true or false: '{other}'."),
                    };
                    break;
                case "includefield":
                    foreach (var field in entries.SelectMany(e => (e ?? "").Split(',')).Select(f => f.Trim()))
                    {
                        if (field == "all")
                        {
                            includeAll = true;
                        }
                        else if (DicomDictionary.TryGetTag(field, out var tag) || (field.Length == 8 && DicomTag.TryParse(field, out tag)))
                        {
                            includeFields.Add(tag.Value);
                        }
                        else
                        {
                            throw DicomWebRequestException.BadRequest($"includefield '{field}' is neither a keyword nor 8 hex digits.");
                        }
                    }
                    break;
                default:
                    values.Add((Searchable(key, route, extended), key, Single(key, entries)));
                    break;
            }
        }
        if (!rules.SupportsIncludeAll && includeAll)
        {
            throw DicomWebRequestException.BadRequest("includefield=all is not supported.");
        }
        var conditions = new List<IndexCondition>();
        var matched = new HashSet<uint>();
        foreach (var (rule, key, value) in values)
        {
            conditions.Add(ExtendedQueryTags.ExtendedQueryTagRules.Wrap(extended, rule, key, Condition(rule, key, value, fuzzy)));
            matched.Add(rule.Tag);
        }
        var wantsModalities = matched.Contains(ModalitiesInStudy) || includeFields.Contains(ModalitiesInStudy);
        return new QidoSearch(new IndexQuery(route.ResultLevel, study, series, conditions, offset, limit, wantsModalities), includeAll, includeFields, matched);
    }

    private static QidoAttributeRule Searchable(string key, QidoRoute route, IReadOnlyDictionary<uint, ExtendedQueryTags.ExtendedQueryTag>? extended)
    {
        if (key.Contains('.'))
        {
            throw DicomWebRequestException.BadRequest($"'{key}': matching inside sequences is not supported.");
        }
        if (!(DicomDictionary.TryGetTag(key, out var tag) || (key.Length == 8 && DicomTag.TryParse(key, out tag))))
        {
            throw DicomWebRequestException.BadRequest($"'{key}' is not a known attribute (a keyword, case-sensitive, or 8 hex digits).");
        }
        if (!ServerProfile.ByTag.TryGetValue(tag.Value, out var rule) || !rule.SearchableOn.HasFlag(route.Route))
        {
            if (ExtendedQueryTags.ExtendedQueryTagRules.Find(extended, tag.Value, key, route.Route) is { } added)
            {
                return added;
            }
            throw DicomWebRequestException.BadRequest($"The attribute '{key}' {tag} is not queryable on this route.");
        }
        return rule;
    }

    private static IndexCondition Condition(QidoAttributeRule rule, string key, string value, bool fuzzy)
    {
        if (value.Length == 0)
        {
            throw DicomWebRequestException.BadRequest($"'{key}' has an empty value; empty matching is not supported.");
        }
        if (rule.Tag == ModalitiesInStudy)
        {
            return new AnySeriesCondition(Modality, MatchValues.Normalize("CS", value));
        }
        if (rule.VR is "DA" or "TM" or "DT" && rule.Matching.HasFlag(QidoMatching.Range) && value.Contains('-'))
        {
            var dash = value.IndexOf('-');
            var from = value[..dash];
            var to = value[(dash + 1)..];
            if (from.Length == 0 && to.Length == 0)
            {
                throw DicomWebRequestException.BadRequest($"'{key}' range '-' has neither bound.");
            }
            foreach (var bound in new[] { from, to }.Where(b => b.Length > 0))
            {
                CheckValue(rule, key, bound);
            }
            return new RangeCondition(rule.Level, rule.Tag, from.Length == 0 ? null : from, to.Length == 0 ? null : to);
        }
        CheckValue(rule, key, value);
        if (fuzzy && rule.VR == "PN" && rule.Matching.HasFlag(QidoMatching.Fuzzy))
        {
            var words = MatchValues.QueryWords(value).Distinct(StringComparer.Ordinal).ToList();
            if (words.Count == 0)
            {
                throw DicomWebRequestException.BadRequest($"'{key}' has no word to match.");
            }
            if (words.Count > MaxFuzzyWords)
            {
                throw DicomWebRequestException.BadRequest($"'{key}' has {words.Count} different words; fuzzy matching takes at most {MaxFuzzyWords}.");
            }
            return new WordPrefixCondition(rule.Level, rule.Tag, words);
        }
        return new ExactCondition(rule.Level, rule.Tag, MatchValues.Normalize(rule.VR, value));
    }

    // Only dates, times and UIDs have a syntax to check here; text of any repertoire is a valid query value (a name
    // such as Größe^Zoë must not fail for want of a character set). Checked as text: no data set, no setter.
    private static void CheckValue(QidoAttributeRule rule, string key, string value)
    {
        if (rule.VR is "DA" or "TM" or "DT" or "UI" && Store.AttributeValidator.CheckValue(new DicomTag(rule.Tag), key, rule.VR, value) is { } problem)
        {
            throw DicomWebRequestException.BadRequest(problem);
        }
    }

    private static string Single(string key, Microsoft.Extensions.Primitives.StringValues entries) =>
        entries.Count == 1 ? entries[0] ?? "" : throw DicomWebRequestException.BadRequest($"'{key}' is given {entries.Count} times; give it once.");

    private static int Integer(string key, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw DicomWebRequestException.BadRequest($"{key} must be a whole number of 0 or more: '{text}'.");
}

using System.Collections.Generic;
using DicomTyped.Dicom;
using DicomTyped.Query;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Index;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// The one place where the runtime registry adds to the generated QIDO-RS rules: an extended query tag that is Ready and
/// enabled is searchable like a profile attribute of its level, on that level's routes (study tags on /studies, /series
/// and /instances; series tags on the series and instance routes; instance tags on the instance routes), with exact
/// matching, ranges on DA, DT and TM, and fuzzy word-prefix matching on PN (Azure's extended query tag matching).
/// </summary>
internal static class ExtendedQueryTagRules
{
    /// <summary>
    /// The rule of an extended query tag searched on <paramref name="route"/>, or null when <paramref name="tag"/> is not an
    /// added tag (the caller then refuses it as unknown).
    /// </summary>
    /// <exception cref="DicomWebRequestException">400: the tag is still being added, its query status is disabled, or it is not searchable on this route.</exception>
    public static QidoAttributeRule? Find(IReadOnlyDictionary<uint, ExtendedQueryTag>? registry, uint tag, string key, QidoRoutes route)
    {
        if (registry is null || !registry.TryGetValue(tag, out var added))
        {
            return null;
        }
        if (added.Status != ExtendedQueryTagStatus.Ready)
        {
            throw DicomWebRequestException.BadRequest(
                $"The extended query tag '{key}' {added.Path} is still being added (reindex operation {added.OperationId}); it can be searched once its status is Ready.");
        }
        if (!added.QueryEnabled)
        {
            throw DicomWebRequestException.BadRequest(
                $"Query is disabled on the extended query tag '{key}' {added.Path}; enable it with PATCH extendedquerytags/{added.Path} {{\"queryStatus\":\"Enabled\"}}.");
        }
        var rule = RuleOf(added, key);
        if (!rule.SearchableOn.HasFlag(route))
        {
            throw DicomWebRequestException.BadRequest($"The attribute '{key}' {new DicomTag(tag)} is an extended query tag of the {added.Level} level and is not queryable on this route.");
        }
        return rule;
    }

    /// <summary>Runs <paramref name="condition"/> against the tag's values when <paramref name="rule"/> is an extended query tag's.</summary>
    /// <exception cref="DicomWebRequestException">400: a value of a numeric tag that is not a number.</exception>
    public static IndexCondition Wrap(IReadOnlyDictionary<uint, ExtendedQueryTag>? registry, QidoAttributeRule rule, string key, IndexCondition condition)
    {
        // An added tag is never one of the profile's searchable attributes (adding one is refused), so the registry decides.
        if (registry is null || !registry.TryGetValue(rule.Tag, out var added))
        {
            return condition;
        }
        if (ExtendedQueryTagValues.IsNumber(added.VR) && condition is ExactCondition exact && !ExtendedQueryTagValues.TryParseNumber(exact.Value, out _))
        {
            throw DicomWebRequestException.BadRequest($"'{key}' is an extended query tag of VR {added.VR}: '{exact.Value}' is not a number.");
        }
        return new ExtendedCondition(added.Level, added.Tag, added.Key, added.VR, condition);
    }

    private static QidoAttributeRule RuleOf(ExtendedQueryTag tag, string key)
    {
        var routes = tag.Level switch
        {
            QidoLevel.Study => QidoRoutes.Studies | QidoRoutes.Series | QidoRoutes.Instances,
            QidoLevel.Series => QidoRoutes.Series | QidoRoutes.Instances | QidoRoutes.StudySeries | QidoRoutes.StudyInstances,
            _ => QidoRoutes.Instances | QidoRoutes.StudyInstances | QidoRoutes.SeriesInstances,
        };
        var matching = QidoMatching.Exact
            | (ExtendedQueryTagValues.IsDate(tag.VR) ? QidoMatching.Range : QidoMatching.None)
            | (tag.VR == "PN" ? QidoMatching.Fuzzy : QidoMatching.None);
        return new QidoAttributeRule(tag.Tag, key, tag.VR, tag.Level, routes, matching, QidoReturn.OnRequest);
    }
}

using System;
using System.Collections.Generic;

namespace DicomTyped.Query;

/// <summary>The query/retrieve level an attribute belongs to in a conformance profile (PS3.4 C.6.1.1).</summary>
public enum QidoLevel
{
    /// <summary>Study level.</summary>
    Study,
    /// <summary>Series level.</summary>
    Series,
    /// <summary>Composite instance level.</summary>
    Instance,
}

/// <summary>The six QIDO-RS search routes of PS3.18 10.6, as a set.</summary>
[Flags]
public enum QidoRoutes
{
    /// <summary>No route.</summary>
    None = 0,
    /// <summary><c>GET {base}/studies</c>.</summary>
    Studies = 1,
    /// <summary><c>GET {base}/series</c>.</summary>
    Series = 2,
    /// <summary><c>GET {base}/instances</c>.</summary>
    Instances = 4,
    /// <summary><c>GET {base}/studies/{study}/series</c>.</summary>
    StudySeries = 8,
    /// <summary><c>GET {base}/studies/{study}/instances</c>.</summary>
    StudyInstances = 16,
    /// <summary><c>GET {base}/studies/{study}/series/{series}/instances</c>.</summary>
    SeriesInstances = 32,
}

/// <summary>How a searchable attribute may be matched (PS3.18 8.3.4, PS3.4 C.2.2.2).</summary>
[Flags]
public enum QidoMatching
{
    /// <summary>Not searchable.</summary>
    None = 0,
    /// <summary>Single value matching.</summary>
    Exact = 1,
    /// <summary>Range matching <c>a-b</c>, <c>a-</c>, <c>-b</c> (DA, TM, DT).</summary>
    Range = 2,
    /// <summary><c>fuzzymatching=true</c> on PN: word-prefix matching.</summary>
    Fuzzy = 4,
    /// <summary><c>*</c> and <c>?</c> in string values.</summary>
    Wildcard = 8,
    /// <summary>A comma-separated list of UIDs.</summary>
    UidList = 16,
}

/// <summary>When a server returns an attribute in a QIDO-RS match.</summary>
public enum QidoReturn
{
    /// <summary>Only when matched on or named by <c>includefield</c>.</summary>
    OnRequest,
    /// <summary>Always.</summary>
    Default,
    /// <summary>With <c>includefield=all</c>.</summary>
    IncludeAll,
    /// <summary>Computed by the server (e.g. NumberOfStudyRelatedInstances), returned when asked for.</summary>
    Computed,
}

/// <summary>One attribute of a conformance profile, as the generator read it from the profile file.</summary>
/// <param name="Tag">The tag as <c>ggggeeee</c> in a 32-bit number.</param>
/// <param name="Keyword">The PS3.6 keyword (or the profile's own name for a declared private attribute).</param>
/// <param name="VR">The two-letter VR.</param>
/// <param name="Level">The table the profile lists it in.</param>
/// <param name="SearchableOn">Routes it can be matched on; <see cref="QidoRoutes.None"/> when only returned.</param>
/// <param name="Matching">Allowed matching kinds on those routes.</param>
/// <param name="Returned">When a match carries it.</param>
public sealed record QidoAttributeRule(uint Tag, string Keyword, string VR, QidoLevel Level, QidoRoutes SearchableOn, QidoMatching Matching, QidoReturn Returned);

/// <summary>
/// The QIDO-RS rules of one conformance profile (a <c>spec/profiles/*.profile</c> file), emitted by the generator as data so
/// that a server enforces exactly what the client's typed builders allow.
/// </summary>
/// <param name="Name">The profile's name (e.g. <c>AzureDicomV2</c>).</param>
/// <param name="LimitMin">The smallest accepted <c>limit</c>, or null when the server takes no limit parameter.</param>
/// <param name="LimitMax">The largest accepted <c>limit</c>, or null.</param>
/// <param name="LimitDefault">The <c>limit</c> used when none is sent (0: the server decides), or null.</param>
/// <param name="SupportsOffset">Whether <c>offset</c> is accepted.</param>
/// <param name="SupportsIncludeAll">Whether <c>includefield=all</c> is accepted.</param>
/// <param name="Attributes">The attributes in profile order: study table, series table, instance table.</param>
public sealed record QidoProfileRules(
    string Name,
    int? LimitMin,
    int? LimitMax,
    int? LimitDefault,
    bool SupportsOffset,
    bool SupportsIncludeAll,
    IReadOnlyList<QidoAttributeRule> Attributes);

using System.Collections.Generic;
using DicomTyped.Query;

namespace DicomTyped.Server.Index;

/// <summary>A search the index runs: the level of the results, the route's UIDs, conditions and the page.</summary>
/// <param name="ResultLevel">Studies, series or instances.</param>
/// <param name="StudyInstanceUid">The study in the route, if any.</param>
/// <param name="SeriesInstanceUid">The series in the route, if any.</param>
/// <param name="Conditions">All must hold.</param>
/// <param name="Offset">Matches to skip.</param>
/// <param name="Limit">Matches to return at most.</param>
/// <param name="WantsModalitiesInStudy">Read each match's ModalitiesInStudy (matched on or named by includefield).</param>
internal sealed record IndexQuery(
    QidoLevel ResultLevel,
    string? StudyInstanceUid,
    string? SeriesInstanceUid,
    IReadOnlyList<IndexCondition> Conditions,
    int Offset,
    int Limit,
    bool WantsModalitiesInStudy = false);

/// <summary>A condition on the normalized values of one attribute at one level.</summary>
internal abstract record IndexCondition(QidoLevel Level, uint Tag);

/// <summary>A value equal to <paramref name="Value"/>.</summary>
internal sealed record ExactCondition(QidoLevel Level, uint Tag, string Value) : IndexCondition(Level, Tag);

/// <summary>A value within the bounds (either may be open); <paramref name="To"/> also admits values it is a prefix of.</summary>
internal sealed record RangeCondition(QidoLevel Level, uint Tag, string? From, string? To) : IndexCondition(Level, Tag);

/// <summary>Every word of <paramref name="Prefixes"/> starts some word of the name (fuzzy PN matching).</summary>
internal sealed record WordPrefixCondition(QidoLevel Level, uint Tag, IReadOnlyList<string> Prefixes) : IndexCondition(Level, Tag);

/// <summary>Some series of the study has this value (ModalitiesInStudy: a study attribute made of its series' Modality).</summary>
internal sealed record AnySeriesCondition(uint SeriesTag, string Value) : IndexCondition(QidoLevel.Series, SeriesTag);

/// <summary>One match: the stored attributes of each level that the result carries, and the computed counts.</summary>
/// <param name="StudyAttributes">DICOM JSON object of the study, when the result level or route carries it.</param>
/// <param name="SeriesAttributes">Of the series, when carried.</param>
/// <param name="InstanceAttributes">Of the instance, when carried.</param>
/// <param name="FileKey">A file of the match (any instance of a study or series), to read attributes the index does not hold.</param>
/// <param name="StudyRelatedInstances">NumberOfStudyRelatedInstances.</param>
/// <param name="SeriesRelatedInstances">NumberOfSeriesRelatedInstances, for series and instance results.</param>
/// <param name="ModalitiesInStudy">The distinct Modality values of the study's series.</param>
internal sealed record SearchRow(
    byte[]? StudyAttributes,
    byte[]? SeriesAttributes,
    byte[]? InstanceAttributes,
    string FileKey,
    long StudyRelatedInstances,
    long? SeriesRelatedInstances,
    IReadOnlyList<string> ModalitiesInStudy);

/// <summary>A page of matches and how many matched in all.</summary>
/// <param name="Rows">Newest first.</param>
/// <param name="Total">Matches in all (for the Warning header on what remains).</param>
internal sealed record SearchPage(IReadOnlyList<SearchRow> Rows, long Total);

/// <summary>A change-feed read.</summary>
/// <param name="Offset">v2: entries to skip; v1: the sequence number after which to start.</param>
/// <param name="Limit">v2: entries at most; v1: the width of the sequence range.</param>
/// <param name="IsV1">Whether v1 semantics apply.</param>
/// <param name="StartTime">v2: inclusive lower bound on Timestamp.</param>
/// <param name="EndTime">v2: exclusive upper bound.</param>
internal sealed record ChangeFeedQuery(long Offset, int Limit, bool IsV1, System.DateTimeOffset? StartTime, System.DateTimeOffset? EndTime);

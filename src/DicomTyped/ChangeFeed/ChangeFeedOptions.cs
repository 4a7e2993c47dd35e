using System;

namespace DicomTyped.Client;

/// <summary>
/// What part of the change feed to read. Parameters left null are not sent, so the server's defaults apply.
/// Under v1 semantics (<see cref="ChangeFeedVersion.V1"/>) <see cref="Offset"/> is the exclusive starting sequence
/// number and <see cref="StartTime"/>/<see cref="EndTime"/> are not supported.
/// </summary>
public sealed record ChangeFeedOptions
{
    /// <summary>v2: events to skip; v1: the sequence number after which to start.</summary>
    public long? Offset { get; init; }

    /// <summary>v2: at most this many events (1..200); v1: the width of the sequence range (1..100).</summary>
    public int? Limit { get; init; }

    /// <summary>Inclusive lower bound of the event time (v2 only).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Exclusive upper bound of the event time (v2 only).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Whether each entry carries the instance's DICOM JSON (the server's default is true).</summary>
    public bool? IncludeMetadata { get; init; }
}

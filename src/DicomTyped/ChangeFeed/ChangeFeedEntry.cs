using System;
using DicomTyped.Dicom;
using System.Text.Json.Serialization;

namespace DicomTyped.Client;

/// <summary>One change-feed event (Azure DICOM service).</summary>
public sealed record ChangeFeedEntry
{
    /// <summary>The event's sequence number, increasing over the feed.</summary>
    public long Sequence { get; init; }

    /// <summary>The study of the instance.</summary>
    [JsonPropertyName("StudyInstanceUid")]
    public string? StudyInstanceUid { get; init; }

    /// <summary>The series of the instance.</summary>
    [JsonPropertyName("SeriesInstanceUid")]
    public string? SeriesInstanceUid { get; init; }

    /// <summary>The instance.</summary>
    [JsonPropertyName("SopInstanceUid")]
    public string? SopInstanceUid { get; init; }

    /// <summary>What happened.</summary>
    public ChangeFeedAction Action { get; init; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The instance's state now.</summary>
    public ChangeFeedState State { get; init; }

    /// <summary>The instance's data set, read from its DICOM JSON (PS3.18 F.2), when metadata was asked for and the instance still exists.</summary>
    [JsonConverter(typeof(DicomJsonDatasetConverter))]
    public DicomDataset? Metadata { get; init; }
}

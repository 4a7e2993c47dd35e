using System;
using DicomTyped.Query;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>Where an extended query tag is in its life (Azure: <c>Adding</c> while its reindex runs, then <c>Ready</c>).</summary>
internal enum ExtendedQueryTagStatus
{
    /// <summary>Registered; the instances stored before it are being reindexed. Not searchable yet.</summary>
    Adding,
    /// <summary>Every stored instance is indexed: searchable while its query status is enabled.</summary>
    Ready,
}

/// <summary>One registered extended query tag, as the index keeps it.</summary>
/// <param name="Key">Its row key (values, words and errors refer to it).</param>
/// <param name="Tag">The attribute's tag.</param>
/// <param name="VR">The VR its values are read and matched as.</param>
/// <param name="PrivateCreator">For a private tag, the creator its block must be reserved by; else null.</param>
/// <param name="Level">Study, series or instance: which row owns its values and which routes search it.</param>
/// <param name="Status">Adding or Ready.</param>
/// <param name="QueryEnabled">Whether QIDO-RS may match on it (PATCH queryStatus).</param>
/// <param name="ErrorCount">Instances whose value could not be indexed.</param>
/// <param name="OperationId">The reindex operation that added it (null once Ready).</param>
internal sealed record ExtendedQueryTag(
    long Key, uint Tag, string VR, string? PrivateCreator, QidoLevel Level, ExtendedQueryTagStatus Status,
    bool QueryEnabled, long ErrorCount, string? OperationId)
{
    /// <summary>The tag as Azure writes it in paths and JSON: 8 upper-case hex digits.</summary>
    public string Path => Tag.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A tag to add, checked (see <see cref="ExtendedQueryTagRequestReader"/>).</summary>
internal sealed record NewExtendedQueryTag(uint Tag, string VR, string? PrivateCreator, QidoLevel Level);

/// <summary>An instance whose value of a tag could not be indexed.</summary>
internal sealed record ExtendedQueryTagError(string StudyInstanceUid, string SeriesInstanceUid, string SopInstanceUid, DateTimeOffset CreatedTime, string ErrorMessage);

/// <summary>The status of a long-running operation (Azure's <c>OperationStatus</c>, camel-case in JSON).</summary>
internal enum OperationStatus
{
    /// <summary>Queued.</summary>
    NotStarted,
    /// <summary>Running.</summary>
    Running,
    /// <summary>Done.</summary>
    Succeeded,
    /// <summary>Stopped by a fault; the tags it added stay Adding (delete them and add again).</summary>
    Failed,
    /// <summary>Stopped because the server shut down; resumed at the next start.</summary>
    Canceled,
}

/// <summary>A reindex operation as the index keeps it.</summary>
/// <param name="Id">32 hex digits.</param>
/// <param name="Status">Where it is.</param>
/// <param name="PercentComplete">0..100.</param>
/// <param name="Created">When it was queued.</param>
/// <param name="LastUpdated">When it last changed.</param>
/// <param name="TagPaths">The tags it adds (8 hex digits each).</param>
internal sealed record OperationRow(string Id, OperationStatus Status, int PercentComplete, DateTimeOffset Created, DateTimeOffset LastUpdated, string[] TagPaths);

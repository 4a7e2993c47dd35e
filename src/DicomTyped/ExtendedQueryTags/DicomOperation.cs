using System;
using System.Collections.Generic;

namespace DicomTyped.Client;

/// <summary>A long-running operation as an add answers it (202).</summary>
/// <param name="Id">The operation's id.</param>
/// <param name="Href">Its <c>operations/{id}</c> URL.</param>
public sealed record DicomOperationReference(string Id, Uri Href);

/// <summary>The status of a long-running operation.</summary>
public enum DicomOperationStatus
{
    /// <summary>Queued.</summary>
    NotStarted,
    /// <summary>Running.</summary>
    Running,
    /// <summary>Done.</summary>
    Succeeded,
    /// <summary>Stopped by a fault.</summary>
    Failed,
    /// <summary>Stopped before its end (the embedded server resumes it at its next start).</summary>
    Canceled,
}

/// <summary>A long-running operation (<c>GET operations/{id}</c>), such as the reindex of an extended query tag add.</summary>
/// <param name="OperationId">Its id.</param>
/// <param name="Type">What it does, e.g. <c>reindex</c>.</param>
/// <param name="CreatedTime">When it was queued (UTC).</param>
/// <param name="LastUpdatedTime">When it last changed (UTC).</param>
/// <param name="Status">Where it is.</param>
/// <param name="PercentComplete">0..100.</param>
/// <param name="Resources">What it works on, e.g. the URLs of the tags being added.</param>
public sealed record DicomOperation(
    string OperationId,
    string Type,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    DicomOperationStatus Status,
    int? PercentComplete,
    IReadOnlyList<Uri>? Resources);

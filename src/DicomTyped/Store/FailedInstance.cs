using System.Collections.Generic;

namespace DicomTyped.Client;

/// <summary>An instance the server did not store (an item of FailedSOPSequence, 0008,1198).</summary>
/// <param name="SopClassUid">ReferencedSOPClassUID (0008,1150).</param>
/// <param name="SopInstanceUid">ReferencedSOPInstanceUID (0008,1155).</param>
/// <param name="ReasonCode">FailureReason (0008,1197), or WarningReason (0008,1196) when the server put a warning here; 0 when neither was sent.</param>
/// <param name="Comments">ErrorComment texts, of the item and of its FailedAttributesSequence.</param>
public sealed record FailedInstance(
    string? SopClassUid,
    string? SopInstanceUid,
    ushort ReasonCode,
    IReadOnlyList<string> Comments)
{
    /// <summary>
    /// The instance's Study Instance UID, from the file sent (matched by SOP Instance UID; read back from the request's
    /// file or data set), else the study of a store into a study; null when the instance was sent as a bare stream.
    /// </summary>
    public string? StudyInstanceUid { get; init; }

    /// <summary>The instance's Series Instance UID, from the file sent; null when unknown.</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>The reason by name (<see cref="DicomFailureReason.Unknown"/> for a code the client does not know).</summary>
    public DicomFailureReason Reason => DicomFailureReasons.Name(ReasonCode);
}

using System.Collections.Generic;

namespace DicomTyped.Client;

/// <summary>An instance the server stored (an item of ReferencedSOPSequence, 0008,1199).</summary>
/// <param name="SopClassUid">ReferencedSOPClassUID (0008,1150).</param>
/// <param name="SopInstanceUid">ReferencedSOPInstanceUID (0008,1155).</param>
/// <param name="RetrieveUrl">Where the instance can be retrieved (0008,1190), when the server said.</param>
/// <param name="WarningReasonCode">WarningReason (0008,1196) when stored with a warning, otherwise null.</param>
/// <param name="Comments">ErrorComment texts of FailedAttributesSequence: which attributes drew the warning.</param>
public sealed record StoredInstance(
    string? SopClassUid,
    string? SopInstanceUid,
    string? RetrieveUrl,
    ushort? WarningReasonCode,
    IReadOnlyList<string> Comments)
{
    /// <summary>
    /// The instance's Study Instance UID: from its RetrieveURL, else from the file sent (read back from the request's
    /// file or data set), else the study of a store into a study; null when none of these says.
    /// </summary>
    public string? StudyInstanceUid { get; init; }

    /// <summary>The instance's Series Instance UID: from its RetrieveURL, else from the file sent; null when neither says.</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>The warning as a named reason, or null when stored without warning.</summary>
    public DicomFailureReason? WarningReason => WarningReasonCode is { } code ? DicomFailureReasons.Name(code) : null;
}

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
    /// <summary>The warning as a named reason, or null when stored without warning.</summary>
    public DicomFailureReason? WarningReason => WarningReasonCode is { } code ? DicomFailureReasons.Name(code) : null;
}

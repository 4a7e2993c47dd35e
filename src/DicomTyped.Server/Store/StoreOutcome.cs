using System.Collections.Generic;

namespace DicomTyped.Server.Store;

/// <summary>The failure reasons (0008,1197) and warning reasons (0008,1196) of the Azure DICOM service's store response.</summary>
internal static class StoreReasons
{
    /// <summary>General processing failure: not DICOM, truncated, unreadable.</summary>
    public const ushort ProcessingFailure = 272;

    /// <summary>A required attribute is missing or invalid (v1: also a searchable one).</summary>
    public const ushort ValidationFailure = 43264;

    /// <summary>The StudyInstanceUID differs from the study in the route.</summary>
    public const ushort StudyMismatch = 43265;

    /// <summary>The same study/series/SOP instance UIDs are already stored (delete first to replace).</summary>
    public const ushort AlreadyExists = 45070;

    /// <summary>The same instance is being stored by another request right now.</summary>
    public const ushort BeingCreated = 45071;

    /// <summary>Warning: stored, but attributes failed validation (left out of metadata and search).</summary>
    public const ushort ValidationWarning = 1;
}

/// <summary>What happened to one part of a store request.</summary>
/// <param name="SopClassUid">Its SOP Class UID, when it could be read.</param>
/// <param name="SopInstanceUid">Its SOP Instance UID, when it could be read.</param>
/// <param name="RetrieveUrl">For a stored instance, where to retrieve it.</param>
/// <param name="FailureReason">Null when stored.</param>
/// <param name="WarningReason">For a stored instance with warnings.</param>
/// <param name="Comments">Readable reasons (FailedAttributesSequence ErrorComment).</param>
internal sealed record StoreOutcome(
    string? SopClassUid,
    string? SopInstanceUid,
    string? RetrieveUrl,
    ushort? FailureReason,
    ushort? WarningReason,
    IReadOnlyList<string> Comments)
{
    public bool Stored => FailureReason is null;

    public static StoreOutcome Failed(ushort reason, string? sopClass, string? sopInstance, params string[] comments) =>
        new(sopClass, sopInstance, null, reason, null, comments);
}

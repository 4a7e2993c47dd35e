using System;
using System.Collections.Generic;
using DicomTyped.Query;

namespace DicomTyped.Server.Index;

/// <summary>A value an instance can be matched on: one row of the match tables.</summary>
/// <param name="Level">The level whose row owns it (the study, the series or the instance).</param>
/// <param name="Tag">The attribute.</param>
/// <param name="Value">The normalized value (see <c>Search/MatchValues</c>).</param>
/// <param name="IsWord">A word of a person name, for fuzzy word-prefix matching, rather than a whole value.</param>
internal readonly record struct MatchEntry(QidoLevel Level, uint Tag, string Value, bool IsWord);

/// <summary>Everything the index records about an instance being stored.</summary>
/// <param name="StudyInstanceUid">Study Instance UID.</param>
/// <param name="SeriesInstanceUid">Series Instance UID.</param>
/// <param name="SopInstanceUid">SOP Instance UID.</param>
/// <param name="SopClassUid">SOP Class UID.</param>
/// <param name="TransferSyntaxUid">The transfer syntax of the stored file.</param>
/// <param name="FileKey">The file store's key of the stored file.</param>
/// <param name="Size">The stored file's size in bytes.</param>
/// <param name="StudyAttributes">DICOM JSON (one object) of the study-level attributes of the profile.</param>
/// <param name="SeriesAttributes">DICOM JSON of the series-level attributes.</param>
/// <param name="InstanceAttributes">DICOM JSON of the instance-level attributes.</param>
/// <param name="Matches">The values it can be found by.</param>
/// <param name="InvalidTags">Attributes that failed validation (v2 stores them with a warning): left out of metadata and search.</param>
/// <param name="Dataset">The instance's data set (pixel data only referenced), kept until commit: the values of the extended
/// query tags are read from it under the index's writer, against the tags added at that moment.</param>
internal sealed record IndexedInstance(
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string SopInstanceUid,
    string SopClassUid,
    string TransferSyntaxUid,
    string FileKey,
    long Size,
    byte[] StudyAttributes,
    byte[] SeriesAttributes,
    byte[] InstanceAttributes,
    IReadOnlyList<MatchEntry> Matches,
    IReadOnlyCollection<uint> InvalidTags,
    DicomTyped.Dicom.DicomDataset? Dataset = null);

/// <summary>Where a stored instance is and what it is: what retrieve needs.</summary>
/// <param name="StudyInstanceUid">Study Instance UID.</param>
/// <param name="SeriesInstanceUid">Series Instance UID.</param>
/// <param name="SopInstanceUid">SOP Instance UID.</param>
/// <param name="SopClassUid">SOP Class UID.</param>
/// <param name="TransferSyntaxUid">The transfer syntax of the stored file.</param>
/// <param name="FileKey">Open it with <c>IInstanceFileStore.OpenRead</c>.</param>
/// <param name="Size">File size in bytes.</param>
/// <param name="Version">The index row id: changes when an instance is deleted and stored again (use it in ETags).</param>
/// <param name="Created">When it was stored (UTC).</param>
/// <param name="InvalidTags">Attributes that failed validation on store: WADO-RS metadata leaves them out (Azure v2).</param>
internal sealed record InstanceLocation(
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string SopInstanceUid,
    string SopClassUid,
    string TransferSyntaxUid,
    string FileKey,
    long Size,
    long Version,
    DateTimeOffset Created,
    IReadOnlyList<uint> InvalidTags);

/// <summary>The outcome of adding an instance to the index.</summary>
internal enum AddInstanceOutcome
{
    /// <summary>Recorded, with a change-feed entry.</summary>
    Added,
    /// <summary>The same study/series/SOP instance UIDs are already stored (FailureReason 45070).</summary>
    AlreadyExists,
}

/// <summary>An action of the change feed.</summary>
internal enum ChangeAction
{
    /// <summary>An instance was stored.</summary>
    Create,
    /// <summary>An instance was deleted.</summary>
    Delete,
}

/// <summary>One change-feed entry as stored; its state is derived when it is read.</summary>
/// <param name="Sequence">1, 2, 3… in commit order.</param>
/// <param name="Timestamp">When it was committed (UTC).</param>
/// <param name="Action">Create or delete.</param>
/// <param name="StudyInstanceUid">Study Instance UID.</param>
/// <param name="SeriesInstanceUid">Series Instance UID.</param>
/// <param name="SopInstanceUid">SOP Instance UID.</param>
/// <param name="State"><c>current</c>, <c>replaced</c> or <c>deleted</c>.</param>
/// <param name="CurrentFileKey">For a current entry, the file of the instance (for its metadata).</param>
/// <param name="InvalidTags">For a current entry, the attributes its metadata leaves out.</param>
internal sealed record ChangeRow(
    long Sequence,
    DateTimeOffset Timestamp,
    ChangeAction Action,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string SopInstanceUid,
    string State,
    string? CurrentFileKey,
    IReadOnlyList<uint> InvalidTags);

using DicomTyped.Server.Index;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.Store;

/// <summary>An instance checked and written under a temporary name, waiting for its request to commit it.</summary>
/// <param name="Key">Its study, series and SOP Instance UIDs.</param>
/// <param name="File">Its file, closed, not yet flushed to the device.</param>
/// <param name="Record">Its index record.</param>
/// <param name="Outcome">What the response says once it is committed (with its RetrieveURL and any warnings).</param>
internal sealed record StagedInstance((string, string, string) Key, PendingInstanceFile File, IndexedInstance Record, StoreOutcome Outcome);

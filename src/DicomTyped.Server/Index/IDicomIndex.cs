using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Index;

/// <summary>
/// The index of studies, series and instances: where each instance's file is, what it can be searched by, and the change
/// feed. Every method is one transaction: a change and its change-feed entry commit together or not at all.
/// </summary>
internal interface IDicomIndex
{
    /// <summary>Creates the schema when missing.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Records stored instances, each with its change-feed entry, skipping any whose UIDs are already stored (also earlier
    /// in the same list). Returns one outcome per instance, in order, once they are durable. Calls that wait at the same
    /// time may commit in one transaction (group commit); a call is answered only after the transaction with its
    /// instances has committed. <paramref name="cancellationToken"/> is honoured only before the instances are queued.
    /// </summary>
    Task<IReadOnlyList<AddInstanceOutcome>> AddInstancesAsync(IReadOnlyList<IndexedInstance> instances, CancellationToken cancellationToken);

    /// <summary>
    /// The instances of a study, of one of its series, or one instance (each UID narrows; null means all), ordered by
    /// series then instance storage order. Empty when nothing matches.
    /// </summary>
    Task<IReadOnlyList<InstanceLocation>> GetInstancesAsync(string studyInstanceUid, string? seriesInstanceUid, string? sopInstanceUid, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the instances of a study, series or one instance, with their series and study rows when left empty, and adds
    /// a delete entry per instance to the change feed. Returns the removed instances (empty: nothing matched).
    /// </summary>
    Task<IReadOnlyList<InstanceLocation>> DeleteAsync(string studyInstanceUid, string? seriesInstanceUid, string? sopInstanceUid, CancellationToken cancellationToken);

    /// <summary>Runs a QIDO-RS search.</summary>
    Task<SearchPage> SearchAsync(IndexQuery query, CancellationToken cancellationToken);

    /// <summary>Reads the change feed.</summary>
    Task<IReadOnlyList<ChangeRow>> GetChangesAsync(ChangeFeedQuery query, CancellationToken cancellationToken);

    /// <summary>The newest change-feed entry, or null when there is none.</summary>
    Task<ChangeRow?> GetLatestChangeAsync(CancellationToken cancellationToken);

    /// <summary>Every file key the index refers to (start-up reconciliation).</summary>
    Task<IReadOnlyCollection<string>> GetFileKeysAsync(CancellationToken cancellationToken);

    /// <summary>Removes the instances whose files are missing, as a delete (with change-feed entries); returns how many.</summary>
    Task<int> RemoveInstancesAsync(IReadOnlyCollection<string> fileKeys, CancellationToken cancellationToken);
}

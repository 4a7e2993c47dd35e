using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Query;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// What the index keeps of extended query tags: the tags, their values per owner row, the instances whose value could not
/// be indexed, and the reindex operations. Each method is one transaction; writes share the index's single writer, so a
/// tag registration and an instance store are ordered: an instance committed after a tag is added has its values indexed
/// at commit, one committed before is reached by the reindex.
/// </summary>
internal interface IExtendedQueryTagIndex
{
    /// <summary>Adds the tags (status Adding) and their reindex operation (notStarted) together.</summary>
    /// <exception cref="Errors.DicomWebRequestException">409: one of the tags is already added (nothing is added).</exception>
    Task<IReadOnlyList<ExtendedQueryTag>> AddExtendedQueryTagsAsync(IReadOnlyList<NewExtendedQueryTag> tags, string operationId, CancellationToken cancellationToken);

    /// <summary>Every tag, ordered by tag.</summary>
    Task<IReadOnlyList<ExtendedQueryTag>> GetExtendedQueryTagsAsync(int limit, int offset, CancellationToken cancellationToken);

    /// <summary>One tag, or null.</summary>
    Task<ExtendedQueryTag?> GetExtendedQueryTagAsync(uint tag, CancellationToken cancellationToken);

    /// <summary>Removes a tag with its values and errors; false when it was not added.</summary>
    Task<bool> DeleteExtendedQueryTagAsync(uint tag, CancellationToken cancellationToken);

    /// <summary>Enables or disables matching on a tag; returns it, or null when it was not added.</summary>
    Task<ExtendedQueryTag?> SetExtendedQueryTagQueryEnabledAsync(uint tag, bool enabled, CancellationToken cancellationToken);

    /// <summary>A page of the instances whose value of the tag could not be indexed, oldest first.</summary>
    Task<IReadOnlyList<ExtendedQueryTagError>> GetExtendedQueryTagErrorsAsync(long tagKey, int limit, int offset, CancellationToken cancellationToken);

    /// <summary>An operation, or null.</summary>
    Task<OperationRow?> GetOperationAsync(string operationId, CancellationToken cancellationToken);

    /// <summary>Operations not finished (after a restart: to resume).</summary>
    Task<IReadOnlyList<string>> GetUnfinishedOperationsAsync(CancellationToken cancellationToken);

    /// <summary>Records an operation's progress.</summary>
    Task UpdateOperationAsync(string operationId, OperationStatus status, int percentComplete, CancellationToken cancellationToken);

    /// <summary>The tags an operation adds that are still registered.</summary>
    Task<IReadOnlyList<ExtendedQueryTag>> GetOperationTagsAsync(string operationId, CancellationToken cancellationToken);

    /// <summary>How many owner rows (studies, series or instances) a reindex at this level visits.</summary>
    Task<long> CountOwnersAsync(QidoLevel level, CancellationToken cancellationToken);

    /// <summary>The next owner rows after <paramref name="afterOwnerKey"/>, each with its newest instance (whose values it takes).</summary>
    Task<IReadOnlyList<ReindexTarget>> GetReindexTargetsAsync(QidoLevel level, long afterOwnerKey, int count, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a batch of reindexed values in one transaction: skipped when the tag was deleted meanwhile, and per owner when
    /// a newer instance was stored since it was read (that store indexed its own values).
    /// </summary>
    Task WriteReindexedAsync(ExtendedQueryTag tag, IReadOnlyList<ReindexedValues> batch, CancellationToken cancellationToken);

    /// <summary>Sets an operation's tags to Ready.</summary>
    Task MarkOperationTagsReadyAsync(string operationId, CancellationToken cancellationToken);
}

/// <summary>An owner row to reindex and the instance its values come from.</summary>
internal sealed record ReindexTarget(long OwnerKey, long InstanceKey, string FileKey, IReadOnlyList<uint> InvalidTags);

/// <summary>What the reindex read for one owner row.</summary>
internal sealed record ReindexedValues(ReindexTarget Target, IReadOnlyList<ExtendedValue> Values, string? Error);

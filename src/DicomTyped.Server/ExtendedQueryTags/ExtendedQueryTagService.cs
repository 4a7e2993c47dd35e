using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Storage;
using Microsoft.Extensions.Logging;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>What the extended query tag endpoints do: the index's tag tables, the registry searches read, the reindexer.</summary>
internal sealed class ExtendedQueryTagService : IAsyncDisposable
{
    private readonly IExtendedQueryTagIndex _index;
    private readonly ExtendedQueryTagReindexer _reindexer;

    public ExtendedQueryTagService(IExtendedQueryTagIndex index, IInstanceFileStore files, ILogger? logger = null)
    {
        _index = index;
        Registry = new ExtendedQueryTagRegistry(index);
        _reindexer = new ExtendedQueryTagReindexer(index, files, Registry, logger);
    }

    public IExtendedQueryTagIndex Index => _index;

    /// <summary>The tags searches see.</summary>
    public ExtendedQueryTagRegistry Registry { get; }

    /// <summary>Loads the registry and resumes unfinished reindex operations.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Registry.RefreshAsync(cancellationToken).ConfigureAwait(false);
        await _reindexer.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the tags and queues their reindex; returns the operation's id.</summary>
    /// <exception cref="DicomWebRequestException">400 for a bad tag, 409 for one already added.</exception>
    public async Task<string> AddAsync(IReadOnlyList<NewExtendedQueryTag> tags, CancellationToken cancellationToken)
    {
        var operationId = Guid.NewGuid().ToString("N");
        await _index.AddExtendedQueryTagsAsync(tags, operationId, cancellationToken).ConfigureAwait(false);
        await Registry.RefreshAsync(cancellationToken).ConfigureAwait(false);
        _reindexer.Enqueue(operationId);
        return operationId;
    }

    /// <exception cref="DicomWebRequestException">404: the tag is not added.</exception>
    public async Task<ExtendedQueryTag> GetAsync(uint tag, CancellationToken cancellationToken) =>
        await _index.GetExtendedQueryTagAsync(tag, cancellationToken).ConfigureAwait(false) ?? throw NotAdded(tag);

    /// <exception cref="DicomWebRequestException">404: the tag is not added.</exception>
    public async Task DeleteAsync(uint tag, CancellationToken cancellationToken)
    {
        if (!await _index.DeleteExtendedQueryTagAsync(tag, cancellationToken).ConfigureAwait(false))
        {
            throw NotAdded(tag);
        }
        await Registry.RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="DicomWebRequestException">404: the tag is not added.</exception>
    public async Task<ExtendedQueryTag> SetQueryEnabledAsync(uint tag, bool enabled, CancellationToken cancellationToken)
    {
        var updated = await _index.SetExtendedQueryTagQueryEnabledAsync(tag, enabled, cancellationToken).ConfigureAwait(false) ?? throw NotAdded(tag);
        await Registry.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return updated;
    }

    private static DicomWebRequestException NotAdded(uint tag) =>
        DicomWebRequestException.NotFound($"The extended query tag {tag:X8} is not added.");

    public ValueTask DisposeAsync() => _reindexer.DisposeAsync();
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Storage;
using Microsoft.Extensions.Logging;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// Runs reindex operations in the background, one at a time: for each tag an operation adds, visits every study, series or
/// instance (by the tag's level) in batches of <see cref="BatchSize"/>, reads the newest instance's file (up to the pixel
/// data), and writes the batch's values in one transaction. Progress is recorded per batch; then the tags become Ready and
/// the operation succeeded. Shutdown cancels it (status canceled) and the next start resumes it from the beginning (the
/// writes are idempotent). A fault fails the operation and leaves its tags Adding.
/// </summary>
internal sealed class ExtendedQueryTagReindexer : IAsyncDisposable
{
    /// <summary>Owner rows read and written per transaction: bounds memory and how long a batch holds the index's writer.</summary>
    public const int BatchSize = 64;

    private readonly IExtendedQueryTagIndex _index;
    private readonly IInstanceFileStore _files;
    private readonly ExtendedQueryTagRegistry _registry;
    private readonly ILogger? _logger;
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    public ExtendedQueryTagReindexer(IExtendedQueryTagIndex index, IInstanceFileStore files, ExtendedQueryTagRegistry registry, ILogger? logger)
    {
        _index = index;
        _files = files;
        _registry = registry;
        _logger = logger;
    }

    /// <summary>Starts the loop and queues the operations a previous run left unfinished.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await _index.GetUnfinishedOperationsAsync(cancellationToken).ConfigureAwait(false))
        {
            _queue.Writer.TryWrite(id);
        }
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Queues an operation.</summary>
    public void Enqueue(string operationId) => _queue.Writer.TryWrite(operationId);

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var id in _queue.Reader.ReadAllAsync(stopping).ConfigureAwait(false))
            {
                await RunOperationAsync(id, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task RunOperationAsync(string operationId, CancellationToken stopping)
    {
        try
        {
            await _index.UpdateOperationAsync(operationId, OperationStatus.Running, 0, stopping).ConfigureAwait(false);
            var tags = await _index.GetOperationTagsAsync(operationId, stopping).ConfigureAwait(false);
            var total = 0L;
            foreach (var tag in tags)
            {
                total += await _index.CountOwnersAsync(tag.Level, stopping).ConfigureAwait(false);
            }
            var done = 0L;
            foreach (var tag in tags)
            {
                var after = 0L;
                while (true)
                {
                    var targets = await _index.GetReindexTargetsAsync(tag.Level, after, BatchSize, stopping).ConfigureAwait(false);
                    if (targets.Count == 0)
                    {
                        break;
                    }
                    var batch = new List<ReindexedValues>(targets.Count);
                    foreach (var target in targets)
                    {
                        batch.Add(await ReadAsync(tag, target, stopping).ConfigureAwait(false));
                    }
                    await _index.WriteReindexedAsync(tag, batch, stopping).ConfigureAwait(false);
                    after = targets[^1].OwnerKey;
                    done += targets.Count;
                    // Owners stored during the run can push the count past the total counted at its start.
                    var percent = total == 0 ? 99 : (int)Math.Min(99, done * 100 / total);
                    await _index.UpdateOperationAsync(operationId, OperationStatus.Running, percent, stopping).ConfigureAwait(false);
                }
            }
            await _index.MarkOperationTagsReadyAsync(operationId, stopping).ConfigureAwait(false);
            await _registry.RefreshAsync(stopping).ConfigureAwait(false);
            await _index.UpdateOperationAsync(operationId, OperationStatus.Succeeded, 100, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await _index.UpdateOperationAsync(operationId, OperationStatus.Canceled, 0, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception e)
        {
            _logger?.LogError(e, "Reindex operation {OperationId} failed", operationId);
            await _index.UpdateOperationAsync(operationId, OperationStatus.Failed, 0, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<ReindexedValues> ReadAsync(ExtendedQueryTag tag, ReindexTarget target, CancellationToken stopping)
    {
        try
        {
            await using var stream = _files.OpenRead(target.FileKey);
            var file = await DicomFile.ReadAsync(stream, new DicomReadOptions { StopBeforePixelData = true }, stopping).ConfigureAwait(false);
            var (values, error) = ExtendedQueryTagValues.Read(file.Dataset, target.InvalidTags, tag);
            return new ReindexedValues(target, values, error);
        }
        catch (FileNotFoundException)
        {
            // Deleted since it was listed: the write skips it (its row is gone).
            return new ReindexedValues(target, [], null);
        }
        catch (DicomTypedException e)
        {
            return new ReindexedValues(target, [], $"The instance could not be read: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stopping.Dispose();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Index;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.Store;

/// <summary>
/// The instances of one store request, in the order of its parts. Each is checked and written under a temporary name as
/// it arrives (<see cref="AddAsync"/>); they are made durable together, so a request costs a constant number of flushes,
/// not one per instance: every file flushed at once, renamed, their one folder flushed, then one index transaction
/// (shared with other requests committing at the same time). A long request commits every <see cref="CommitEvery"/>
/// instances. Nothing is acknowledged before its commit; disposing removes whatever was not committed.
/// </summary>
internal sealed class StoreRequest : IAsyncDisposable
{
    /// <summary>Instances per commit: bounds the files held open and the records held in memory by one long request.</summary>
    internal const int CommitEvery = 64;

    private readonly StoreService _service;
    private readonly InstanceFileBatch _files;
    private readonly List<StoreOutcome?> _outcomes = [];
    // Staged instances by slot in _outcomes; the slot is filled on commit.
    private readonly List<(int Slot, StagedInstance Instance)> _staged = [];
    private readonly HashSet<(string, string, string)> _stagedKeys = [];

    internal StoreRequest(StoreService service, InstanceFileBatch files, string? routeStudy, int apiVersion, string baseUrl)
    {
        _service = service;
        _files = files;
        RouteStudy = routeStudy;
        ApiVersion = apiVersion;
        BaseUrl = baseUrl;
    }

    /// <summary>The study of the route, if any.</summary>
    public string? RouteStudy { get; }

    /// <summary>1 also fails instances with invalid searchable attributes.</summary>
    public int ApiVersion { get; }

    /// <summary>The API's base URL as the client reached it, ending in '/'.</summary>
    public string BaseUrl { get; }

    internal bool IsStaged((string, string, string) key) => _stagedKeys.Contains(key);

    /// <summary>Reads, checks and stages one instance; commits when <see cref="CommitEvery"/> are staged.</summary>
    /// <exception cref="Exception">A failure of the body itself (malformed multipart, size limit): what was staged before stays staged.</exception>
    public async Task AddAsync(Stream body, CancellationToken cancellationToken)
    {
        var (failed, staged) = await _service.StageAsync(body, this, _files, cancellationToken).ConfigureAwait(false);
        _outcomes.Add(failed);
        if (staged is not null)
        {
            _staged.Add((_outcomes.Count - 1, staged));
            _stagedKeys.Add(staged.Key);
            if (_staged.Count >= CommitEvery)
            {
                await CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Records a part that failed before it reached the store (a part of another media type).</summary>
    public void AddFailed(StoreOutcome outcome) => _outcomes.Add(outcome);

    /// <summary>Commits what is staged and returns every part's outcome, in order.</summary>
    public async Task<IReadOnlyList<StoreOutcome>> CompleteAsync(CancellationToken cancellationToken)
    {
        await CommitAsync(cancellationToken).ConfigureAwait(false);
        return _outcomes.Select(o => o!).ToList();
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_staged.Count == 0)
        {
            return;
        }
        var staged = _staged.ToList();
        _staged.Clear();
        _stagedKeys.Clear();
        try
        {
            await _files.CommitAsync(staged.ConvertAll(s => s.Instance.File), cancellationToken).ConfigureAwait(false);
            IReadOnlyList<AddInstanceOutcome> added;
            try
            {
                added = await _service.Services.Index.AddInstancesAsync(staged.ConvertAll(s => s.Instance.Record), CancellationToken.None).ConfigureAwait(false);
            }
            catch
            {
                // No row refers to these files: remove them (start-up reconciliation would, after a crash here).
                foreach (var (_, instance) in staged)
                {
                    _service.Services.Files.Delete(instance.File.FileKey);
                }
                throw;
            }
            for (var i = 0; i < staged.Count; i++)
            {
                var (slot, instance) = staged[i];
                if (added[i] == AddInstanceOutcome.AlreadyExists)
                {
                    _service.Services.Files.Delete(instance.File.FileKey);
                    _outcomes[slot] = StoreService.AlreadyStored(instance.Outcome.SopClassUid, instance.Outcome.SopInstanceUid);
                }
                else
                {
                    _outcomes[slot] = instance.Outcome;
                }
            }
        }
        finally
        {
            _service.Release(staged.Select(s => s.Instance));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _service.Release(_staged.Select(s => s.Instance));
        _staged.Clear();
        await _files.DisposeAsync().ConfigureAwait(false);
    }
}

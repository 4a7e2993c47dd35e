using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Transfer;
using DicomTyped.Client;

namespace DicomTyped.Cli.Store;

/// <summary>
/// <c>dicomweb store</c>: finds the files, leaves out those the manifest records, and stores the rest in requests of
/// <see cref="StoreRequest.Batch"/> files, <see cref="StoreRequest.Parallel"/> at a time. Retries of 429, 503 and the
/// like (with jitter, honouring Retry-After) are the client's own resilience pipeline, asked for by the command
/// (<see cref="DicomWebClientOptions.RetryStore"/>); a file is re-read from disk on each attempt.
/// </summary>
internal static class StoreRunner
{
    public static async Task<StoreSummary> RunAsync(DicomWebClient client, StoreRequest request, ITransferProgressHost progressHost, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Batch, 1, "--batch");
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Parallel, 1, "--parallel");
        var files = StoreFileFinder.Find(request.Paths, request.Include, request.Exclude);
        StoreManifest? manifest = request.Manifest is null ? null : await StoreManifest.OpenAsync(request.Manifest, cancellationToken).ConfigureAwait(false);
        try
        {
            var toStore = manifest is null ? files : files.Where(f => !manifest.Records(f)).ToList();
            var skipped = files.Count - toStore.Count;
            var started = DateTime.UtcNow;
            var outcomes = new ConcurrentBag<StoreOutcome>();
            await progressHost.RunAsync("store", toStore.Count, toStore.Sum(f => f.Length), async progress =>
            {
                await Parallel.ForEachAsync(
                    toStore.Chunk(request.Batch),
                    new ParallelOptions { MaxDegreeOfParallelism = request.Parallel, CancellationToken = cancellationToken },
                    async (batch, token) =>
                    {
                        var results = await StoreBatch.StoreAsync(client, batch, request.Study, token).ConfigureAwait(false);
                        if (manifest is not null)
                        {
                            await manifest.RecordAsync(results, token).ConfigureAwait(false);
                        }
                        foreach (var outcome in results)
                        {
                            outcomes.Add(outcome);
                        }
                        progress.Add(batch.Length, batch.Sum(f => f.Length));
                    }).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            return new StoreSummary(outcomes.OrderBy(o => o.File.Path, StringComparer.Ordinal).ToList(), skipped, DateTime.UtcNow - started);
        }
        finally
        {
            if (manifest is not null)
            {
                await manifest.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}

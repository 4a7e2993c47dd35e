using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Transfer;
using DicomTyped.Client;
using DicomTyped.Dicom;

namespace DicomTyped.Cli.Retrieve;

/// <summary>What a retrieve wrote.</summary>
internal sealed record RetrieveSummary(IReadOnlyList<string> Files, long Bytes, IReadOnlyList<string> Warnings, TimeSpan Elapsed);

/// <summary>
/// <c>dicomweb retrieve</c>: a study, series or instance into a folder. A study is retrieved series by series, up to
/// <c>--parallel</c> series at once; the study's metadata says first which series there are and how many instances,
/// which is also the progress bar's total. Each instance is streamed from the network to disk, never held whole.
/// </summary>
internal static class RetrieveRunner
{
    public static async Task<RetrieveSummary> RunAsync(DicomWebClient client, RetrieveTarget target, string folder, int parallel, ITransferProgressHost progressHost, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1, "--parallel");
        Directory.CreateDirectory(folder);
        var started = DateTime.UtcNow;
        var files = new ConcurrentBag<string>();
        var warnings = new ConcurrentBag<string>();
        long bytes = 0;
        var (series, expected) = await PlanAsync(client, target, cancellationToken).ConfigureAwait(false);
        await progressHost.RunAsync("retrieve", expected, 0, async progress =>
        {
            await Parallel.ForEachAsync(series, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (instances, token) =>
            {
                await foreach (var instance in instances(token).WithCancellation(token).ConfigureAwait(false))
                {
                    var (path, length, warning) = await InstanceFileSaver.SaveAsync(instance, folder, token).ConfigureAwait(false);
                    files.Add(path);
                    if (warning is not null)
                    {
                        warnings.Add(warning);
                    }
                    Interlocked.Add(ref bytes, length);
                    progress.Add(1, length);
                }
            }).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return new RetrieveSummary(files.Order(StringComparer.Ordinal).ToList(), bytes, warnings.Order(StringComparer.Ordinal).ToList(), DateTime.UtcNow - started);
    }

    private delegate IAsyncEnumerable<RetrievedInstance> Instances(CancellationToken cancellationToken);

    // One retrieve per series of a study (so they can run in parallel), else the one retrieve asked for; and how many
    // instances to expect.
    private static async Task<(IReadOnlyList<Instances> Series, int Expected)> PlanAsync(DicomWebClient client, RetrieveTarget target, CancellationToken cancellationToken)
    {
        if (target.Instance is not null)
        {
            return ([token => client.RetrieveInstanceStreamAsync(target.Study, target.Series!, target.Instance, token)], 1);
        }
        if (target.Series is not null)
        {
            var metadata = await client.RetrieveSeriesMetadataAsync(target.Study, target.Series, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ([token => client.RetrieveSeriesInstancesAsync(target.Study, target.Series, token)], metadata.Items.Count);
        }
        var study = await client.RetrieveStudyMetadataAsync(target.Study, cancellationToken: cancellationToken).ConfigureAwait(false);
        var seriesUids = study.Items
            .Select(dataset => dataset.GetUid(DicomTags.SeriesInstanceUID))
            .Where(uid => uid is not null && DicomUid.IsValid(uid))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (seriesUids.Count == 0)
        {
            // Metadata that names no series is no reason to retrieve nothing: ask for the study as a whole.
            return ([token => client.RetrieveStudyInstancesAsync(target.Study, token)], study.Items.Count);
        }
        return (seriesUids.Select(uid => (Instances)(token => client.RetrieveSeriesInstancesAsync(target.Study, uid!, token))).ToList(), study.Items.Count);
    }
}

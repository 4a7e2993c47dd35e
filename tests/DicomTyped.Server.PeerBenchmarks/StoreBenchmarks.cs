using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;

namespace DicomTyped.Server.PeerBenchmarks;

/// <summary>Store throughput: the same pre-encoded instances sent by the same client to each server.</summary>
internal static class StoreBenchmarks
{
    /// <summary>Stores <paramref name="instances"/> in requests of <paramref name="perRequest"/>, <paramref name="parallel"/> requests at a time.</summary>
    /// <returns>Seconds from the first request to the last answer.</returns>
    public static async Task<double> StoreAsync(DicomWebClient client, IReadOnlyList<byte[]> instances, int perRequest, int parallel)
    {
        var batches = instances.Chunk(perRequest).ToArray();
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, parallel).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Length)
            {
                var result = await client.StoreInstancesAsync(batches[index].Select(bytes => (Stream)new MemoryStream(bytes, writable: false)), cancellationToken: CancellationToken.None);
                if (result.Stored.Count != batches[index].Length || result.Failed.Count > 0)
                {
                    throw new InvalidOperationException($"store answered {(int)result.HttpStatus}: {result.Stored.Count} stored, {result.Failed.Count} failed (first reason {result.Failed.FirstOrDefault()?.ReasonCode}).");
                }
            }
        });
        await Task.WhenAll(workers);
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary><paramref name="count"/> small instances, one study per 10 instances, fresh UIDs each call.</summary>
    public static List<byte[]> SmallInstances(int count, int firstStudy)
    {
        var list = new List<byte[]>(count);
        string study = "", series = "";
        for (var i = 0; i < count; i++)
        {
            if (i % 10 == 0)
            {
                study = Dicom.DicomUid.Generate();
                series = Dicom.DicomUid.Generate();
            }
            list.Add(SyntheticInstances.Small(firstStudy + i / 10, study, series, Dicom.DicomUid.Generate(), i % 10 + 1));
        }
        return list;
    }
}

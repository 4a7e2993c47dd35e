using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom.Json;

/// <summary>
/// The streamed reader's work is linear in the body however the stream splits it: the bytes passed through a JSON
/// tokenizer (searching for each data set's end, then parsing it) stay within a small multiple of the body's length.
/// Before, every read of a 1-4 KB chunk rescanned the current data set from its start.
/// </summary>
public sealed class DicomJsonStreamCostTests
{
    [Fact]
    public async Task A_large_data_set_in_small_reads_is_tokenized_a_bounded_number_of_times()
    {
        var body = DicomJsonWriter.ToUtf8Bytes([ManyElements(20_000)]);
        var statistics = await ReadAsync(new ChunkedStream(body, 1024, 4096), expected: 1);
        // Once to find the data set's end, once to parse it, plus the small slack of tokens split between reads.
        Assert.InRange(statistics.BytesTokenized, body.Length, 2L * body.Length + 64 * 1024);
    }

    [Fact]
    public async Task One_long_value_split_over_many_reads_is_not_rescanned_per_read()
    {
        var dataset = new DicomDataset();
        dataset.SetBytes(new DicomTag(0x00091001), DicomVR.OB, new byte[3_000_000]);
        var body = DicomJsonWriter.ToUtf8Bytes([dataset]);
        var statistics = await ReadAsync(new ChunkedStream(body, 1024, 4096), expected: 1);
        // The 4 MB base64 token is retried only as the unread tail doubles: at most about twice more, then parsed once.
        Assert.InRange(statistics.BytesTokenized, body.Length, 4L * body.Length);
    }

    [Fact]
    public async Task Many_data_sets_in_small_reads_are_tokenized_about_twice()
    {
        var datasets = new List<DicomDataset>();
        for (var i = 0; i < 500; i++)
        {
            datasets.Add(ManyElements(40));
        }
        var body = DicomJsonWriter.ToUtf8Bytes(datasets);
        var statistics = await ReadAsync(new ChunkedStream(body, 1, 64), expected: 500);
        Assert.InRange(statistics.BytesTokenized, body.Length, 2L * body.Length + 64 * 1024);
    }

    private static async Task<DicomJsonStreamStatistics> ReadAsync(Stream stream, int expected)
    {
        var statistics = new DicomJsonStreamStatistics();
        var count = 0;
        await foreach (var _ in DicomJsonReader.ReadDatasetsAsync(stream, statistics, CancellationToken.None))
        {
            count++;
        }
        Assert.Equal(expected, count);
        return statistics;
    }

    private static DicomDataset ManyElements(int count)
    {
        var dataset = new DicomDataset();
        for (var i = 0; i < count; i++)
        {
            // Private LO elements in group 0009: tags ascending, values of a few dozen bytes each.
            dataset.SetString(new DicomTag(0x00090000u | (uint)(0x1000 + i)), DicomVR.LO, "value number " + i);
        }
        return dataset;
    }
}

using System.IO;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DicomTyped.Dicom.Json;
using DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Benchmarks.Json;

/// <summary>
/// Linear cost of the DICOM JSON readers (issue 7 section 2): the same body read whole and in 1-4 KB reads, and with its
/// keys ascending and reversed, each ratio against the plain read in the same run. One data set of 20,000 LO
/// attributes (about 1.3 MB). Run: <c>--filter *DicomJsonReadCostBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DicomJsonReadCostBenchmarks
{
    private const int Attributes = 20_000;

    private byte[] _ascending = null!;
    private byte[] _reversed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ascending = Body(reversed: false);
        _reversed = Body(reversed: true);
    }

    /// <summary>Streamed data-set reader, the stream handing over everything asked for.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("stream")]
    public Task<int> StreamWhole() => CountAsync(new MemoryStream(_ascending));

    /// <summary>The same body, the stream handing over 1-4 KB per read.</summary>
    [Benchmark]
    [BenchmarkCategory("stream")]
    public Task<int> StreamChunked() => CountAsync(new ChunkedMemoryStream(_ascending));

    /// <summary>Data-set reader, keys ascending (as PS3.18 F.2 sends them).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("dataset")]
    public int DatasetAscending() => DicomJsonReader.ReadDatasets(_ascending)[0].Count;

    /// <summary>Data-set reader, the same keys descending (insertion into DicomDataset).</summary>
    [Benchmark]
    [BenchmarkCategory("dataset")]
    public int DatasetReversed() => DicomJsonReader.ReadDatasets(_reversed)[0].Count;

    /// <summary>Generated record reader (every attribute kept raw), keys ascending.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("record")]
    public int RecordAscending() => InstanceMetadata.ReadArray(_ascending)[0].OtherAttributes.Count;

    /// <summary>Generated record reader, keys descending (sorted once, duplicates found in one pass).</summary>
    [Benchmark]
    [BenchmarkCategory("record")]
    public int RecordReversed() => InstanceMetadata.ReadArray(_reversed)[0].OtherAttributes.Count;

    private static async Task<int> CountAsync(Stream stream)
    {
        var count = 0;
        await foreach (var dataset in DicomJsonReader.ReadDatasetsAsync(stream))
        {
            count += dataset.Count;
        }
        return count;
    }

    private static byte[] Body(bool reversed)
    {
        var text = new StringBuilder("[{");
        for (var i = 0; i < Attributes; i++)
        {
            var element = 0x1000 + (reversed ? Attributes - 1 - i : i);
            text.Append(i > 0 ? "," : "").Append($"\"0009{element:X4}\":{{\"vr\":\"LO\",\"Value\":[\"value number {element}\"]}}");
        }
        return Encoding.UTF8.GetBytes(text.Append("}]").ToString());
    }
}

using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Benchmarks.Records;

/// <summary>
/// 10,000 Azure study matches (the default attributes plus a few includefield=all ones): the generated typed reader
/// against a bare Utf8JsonReader pass over the same bytes. Target: typed at least half the bare reader's throughput.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StudyMatchParsingBenchmark
{
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < 10_000; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }
            builder.Append('{')
                .Append($"\"00080020\":{{\"vr\":\"DA\",\"Value\":[\"2020{(i % 12) + 1:00}{(i % 28) + 1:00}\"]}},")
                .Append($"\"00080030\":{{\"vr\":\"TM\",\"Value\":[\"12{i % 60:00}00\"]}},")
                .Append($"\"00080050\":{{\"vr\":\"SH\",\"Value\":[\"ACC{i}\"]}},")
                .Append("\"00080061\":{\"vr\":\"CS\",\"Value\":[\"CT\",\"SR\"]},")
                .Append("\"00080090\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doctor^Doc\"}]},")
                .Append("\"00081030\":{\"vr\":\"LO\",\"Value\":[\"Fake DICOM study\"]},")
                .Append($"\"00100010\":{{\"vr\":\"PN\",\"Value\":[{{\"Alphabetic\":\"Mous^Anony{i}\"}}]}},")
                .Append($"\"00100020\":{{\"vr\":\"LO\",\"Value\":[\"ID{i}\"]}},")
                .Append("\"00100030\":{\"vr\":\"DA\",\"Value\":[\"19700101\"]},")
                .Append("\"00101020\":{\"vr\":\"DS\",\"Value\":[\"1.62\"]},")
                .Append($"\"0020000D\":{{\"vr\":\"UI\",\"Value\":[\"1.2.826.0.1.3680043.8.498.{1000000 + i}\"]}},")
                .Append($"\"00201208\":{{\"vr\":\"IS\",\"Value\":[{i % 500}]}}")
                .Append('}');
        }
        _json = Encoding.UTF8.GetBytes(builder.Append(']').ToString());
    }

    [Benchmark(Baseline = true)]
    public int BareUtf8JsonReader()
    {
        var reader = new Utf8JsonReader(_json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }

    [Benchmark]
    public int TypedStudyMatches() => StudyMatch.ReadArray(_json).Count;
}

using BenchmarkDotNet.Attributes;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Dicom;

/// <summary>Reading every sample file completely, pixel data loaded into memory.</summary>
[MemoryDiagnoser]
public class FullReadBenchmarks
{
    private string[] _files = [];

    /// <summary>Lists the samples once.</summary>
    [GlobalSetup]
    public void Setup() => _files = SampleFiles.All();

    /// <summary>Reads all 15 samples (about 9 MB).</summary>
    [Benchmark]
    public int ReadAllSamples()
    {
        var elements = 0;
        foreach (var path in _files)
        {
            using var file = DicomFile.Open(path);
            elements += file.Dataset.Count;
        }
        return elements;
    }
}

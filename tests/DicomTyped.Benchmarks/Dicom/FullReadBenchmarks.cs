using BenchmarkDotNet.Attributes;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Dicom;

/// <summary>
/// Reading every sample file completely from disk (the page cache), pixel data loaded into memory: each file is read
/// into one array that the elements, pixel data and fragments included, are slices of. The same work as pydicom's
/// <c>dcmread</c> with its default <c>defer_size=None</c> in <c>pydicom_bench.py</c>; compare with <c>compare-pydicom.sh</c>.
/// </summary>
[MemoryDiagnoser]
public class FullReadBenchmarks
{
    private string[] _files = [];
    private byte[][] _contents = [];

    /// <summary>Lists the samples once, and loads their bytes for the in-memory variant.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _files = SampleFiles.All();
        _contents = System.Array.ConvertAll(_files, System.IO.File.ReadAllBytes);
    }

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

    /// <summary>
    /// The same full read from bytes already in memory, as pydicom's <c>dcmread(BytesIO(data))</c>: parsing without the
    /// disk. DicomFile.Read(ReadOnlyMemory) parses in place, so this is the parse alone.
    /// </summary>
    [Benchmark]
    public int ReadAllSamplesFromMemory()
    {
        var elements = 0;
        foreach (var content in _contents)
        {
            using var file = DicomFile.Read(content);
            elements += file.Dataset.Count;
        }
        return elements;
    }
}

using System;
using BenchmarkDotNet.Attributes;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Dicom;

/// <summary>
/// Reading a walk-through file's header only (stop before pixel data), as a QIDO index or STOW check does: open, read
/// the first 4 KB, parse, close; the pydicom counterpart is <c>dcmread(stop_before_pixels=True)</c>.
/// </summary>
[MemoryDiagnoser]
public class HeaderReadBenchmarks
{
    private static readonly DicomReadOptions StopBeforePixels = new() { StopBeforePixelData = true };
    private static readonly DicomTag SopInstanceUid = new(0x00080018);

    /// <summary>The walk-through file.</summary>
    [Params("blue-circle.dcm", "green-square.dcm", "red-triangle.dcm")]
    public string File { get; set; } = "";

    private string _path = "";
    private byte[] _head = [];

    /// <summary>Resolves the sample path once and keeps the first 64 KB in memory for the no-I/O variant.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = SampleFiles.WalkThrough(File);
        _head = System.IO.File.ReadAllBytes(_path).AsSpan(0, 64 * 1024).ToArray();
    }

    /// <summary>The same header read from bytes already in memory: the parser's cost without file I/O.</summary>
    [Benchmark]
    public string? ReadHeaderFromMemory()
    {
        var file = DicomFile.Read(new System.IO.MemoryStream(_head, writable: false), StopBeforePixels);
        return file.Dataset.GetUid(SopInstanceUid);
    }

    /// <summary>Opens the file, reads up to the pixel data and returns the SOP Instance UID.</summary>
    [Benchmark]
    public string? ReadHeader()
    {
        using var file = DicomFile.Open(_path, StopBeforePixels);
        return file.Dataset.GetUid(SopInstanceUid);
    }
}

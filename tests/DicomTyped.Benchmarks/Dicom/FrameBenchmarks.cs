using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;

namespace DicomTyped.Benchmarks.Dicom;

/// <summary>Extracting one frame of a 100-frame native file (512x512, 16 bits: 50 MB of pixel data).</summary>
[MemoryDiagnoser]
public class FrameBenchmarks
{
    private string _path = "";
    private DicomFile? _referenced;
    private DicomFile? _loaded;

    /// <summary>Writes the 100-frame file and opens it twice: pixel data referenced, and loaded.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "dicomtyped-bench-100-frames.dcm");
        var dataset = new DicomDataset();
        dataset.SetUid(new DicomTag(0x00080016), "1.2.840.10008.5.1.4.1.1.7.3");
        dataset.SetUid(new DicomTag(0x00080018), DicomUid.Generate());
        dataset.SetValues(new DicomTag(0x00280002), DicomVR.US, (ushort)1);
        dataset.SetValues(new DicomTag(0x00280008), DicomVR.IS, 100);
        dataset.SetValues(new DicomTag(0x00280010), DicomVR.US, (ushort)512);
        dataset.SetValues(new DicomTag(0x00280011), DicomVR.US, (ushort)512);
        dataset.SetValues(new DicomTag(0x00280100), DicomVR.US, (ushort)16);
        var pixels = new byte[100 * 512 * 512 * 2];
        new Random(1).NextBytes(pixels);
        dataset.SetBytes(new DicomTag(0x7FE00010), DicomVR.OW, pixels);
        new DicomFile(dataset).Save(_path);
        _referenced = DicomFile.Open(_path, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        _loaded = DicomFile.Open(_path);
    }

    /// <summary>Closes and deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _referenced?.Dispose();
        File.Delete(_path);
    }

    /// <summary>Open the file (header only, pixels referenced) and read frame 50 from disk.</summary>
    [Benchmark]
    public int OpenAndReadFrame50()
    {
        using var file = DicomFile.Open(_path, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        return DicomFrames.GetFrame(file.Dataset, 50).Length;
    }

    /// <summary>Frame 50 from an already open file with referenced pixel data (one 512 KB read).</summary>
    [Benchmark]
    public int ReferencedFrame50() => DicomFrames.GetFrame(_referenced!.Dataset, 50).Length;

    /// <summary>Frame 50 of pixel data already in memory (a slice, no copy).</summary>
    [Benchmark]
    public int LoadedFrame50() => DicomFrames.GetFrame(_loaded!.Dataset, 50).Length;
}

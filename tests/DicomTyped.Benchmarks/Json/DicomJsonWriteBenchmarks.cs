using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Json;

/// <summary>
/// DICOM JSON write of a 1,000-element data set of mixed VRs. Setup saves the data set as a Part 10 file
/// (<see cref="FilePath"/>) and reads it back, so that python/pydicom_json_bench.py times pydicom on the same file.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DicomJsonWriteBenchmarks
{
    /// <summary>Where the data set is saved for the pydicom script.</summary>
    public static string FilePath { get; } = Path.Combine(Path.GetTempPath(), "dicomtyped-json-bench-1000.dcm");

    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private DicomDataset _dataset = new();

    /// <summary>Builds the data set, saves it, and reads it back as any served instance would be.</summary>
    [GlobalSetup]
    public void Setup()
    {
        new DicomFile(Build()).Save(FilePath);
        using var file = DicomFile.Open(FilePath);
        _dataset = file.Dataset;
        Console.WriteLine($"// data set: {_dataset.Count} elements, saved to {FilePath}");
    }

    /// <summary>The whole data set as DICOM JSON into a reused buffer.</summary>
    [Benchmark]
    public int WriteJson()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        DicomJsonWriter.Write(writer, _dataset);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>Four private groups of 249 elements (plus their creators: 1,000 in all), cycling through 18 VRs.</summary>
    public static DicomDataset Build()
    {
        var ds = new DicomDataset();
        ds.SetString(new DicomTag(0x00080005), DicomVR.CS, "ISO_IR 192");
        ds.SetUid(new DicomTag(0x00080016), "1.2.840.10008.5.1.4.1.1.7");
        ds.SetUid(new DicomTag(0x00080018), "1.2.3.4.5.6.7.8.9");
        var n = 0;
        for (ushort group = 0x0011; ds.Count < 1000; group += 2)
        {
            var creator = $"BENCH {group:X4}";
            for (byte element = 0x00; element < 0xFF && ds.Count < 1000; element++, n++)
            {
                var tag = ds.GetOrAddPrivateTag(group, creator, element);
                if (ds.Count >= 1000)
                {
                    break;
                }
                AddValue(ds, tag, n);
            }
        }
        return ds;
    }

    private static void AddValue(DicomDataset ds, DicomTag tag, int n)
    {
        switch (n % 18)
        {
            case 0: ds.SetString(tag, DicomVR.LO, $"Long string value {n}"); break;
            case 1: ds.SetString(tag, DicomVR.SH, $"SH{n}"); break;
            case 2: ds.SetStrings(tag, DicomVR.CS, "ORIGINAL", "PRIMARY", "AXIAL"); break;
            case 3: ds.SetString(tag, DicomVR.DA, "20240131"); break;
            case 4: ds.SetString(tag, DicomVR.TM, "235959.123"); break;
            case 5: ds.SetStrings(tag, DicomVR.DS, "0.5", "-12.25", "3.14159"); break;
            case 6: ds.SetString(tag, DicomVR.IS, (n * 7).ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case 7: ds.SetValues(tag, DicomVR.US, (ushort)n, (ushort)512); break;
            case 8: ds.SetValues(tag, DicomVR.UL, (uint)n * 1000u); break;
            case 9: ds.SetValues(tag, DicomVR.SS, (short)-n); break;
            case 10: ds.SetValues(tag, DicomVR.FL, n * 0.5f, 1.25f); break;
            case 11: ds.SetValues(tag, DicomVR.FD, n * 0.001, Math.PI); break;
            case 12: ds.SetString(tag, DicomVR.PN, $"Doe^John{n}"); break;
            case 13: ds.SetUid(tag, $"1.2.826.0.1.3680043.8.498.{n}"); break;
            case 14: ds.SetBytes(tag, DicomVR.OB, new byte[64]); break;
            case 15: ds.SetTags(tag, new DicomTag(0x00100010), new DicomTag(0x7FE00010)); break;
            case 16:
                var item = new DicomDataset();
                item.SetUid(new DicomTag(0x00081150), "1.2.840.10008.5.1.4.1.1.7");
                item.SetUid(new DicomTag(0x00081155), $"1.2.3.{n}");
                ds.SetSequence(tag, item);
                break;
            default: ds.SetString(tag, DicomVR.LT, $"Free text number {n}, with a comma."); break;
        }
    }
}

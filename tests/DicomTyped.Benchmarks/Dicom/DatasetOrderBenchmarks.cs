using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Dicom;

/// <summary>
/// Part 10 data sets of 400,000 elements in ascending and in descending tag order, read in the same run: the ratio
/// shows that order does not change the cost's growth (issue 7 §2: descending took 32 s against 0.13 s before).
/// Rerun: <c>dotnet run -c Release --project tests/DicomTyped.Benchmarks -- --filter '*DatasetOrderBenchmarks*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class DatasetOrderBenchmarks
{
    private const int Elements = 400_000;
    private byte[] _ascending = [];
    private byte[] _descending = [];

    /// <summary>Builds both files once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ascending = Build(descending: false);
        _descending = Build(descending: true);
    }

    /// <summary>Tags in ascending order, as files are written.</summary>
    [Benchmark(Baseline = true)]
    public int Ascending() => DicomFile.Read(_ascending).Dataset.Count;

    /// <summary>The same elements, tags in descending order.</summary>
    [Benchmark]
    public int Descending() => DicomFile.Read(_descending).Dataset.Count;

    private static byte[] Build(bool descending)
    {
        var stream = new MemoryStream();
        stream.Write(new byte[128]);
        stream.Write("DICM"u8);
        var uid = Encoding.ASCII.GetBytes("1.2.840.10008.1.2.1\0");
        Header(stream, 0x0002, 0x0010, "UI", uid.Length);
        stream.Write(uid);
        for (var n = 0; n < Elements; n++)
        {
            var i = descending ? Elements - 1 - n : n;
            // Private groups 0009, 000B, ...: 0xF000 elements each.
            Header(stream, (ushort)(0x0009 + (2 * (i / 0xF000))), (ushort)(0x1000 + (i % 0xF000)), "LO", 2);
            stream.Write("AB"u8);
        }
        return stream.ToArray();
    }

    private static void Header(Stream stream, ushort group, ushort element, string vr, int length)
    {
        Span<byte> header = stackalloc byte[8];
        BitConverter.TryWriteBytes(header, group);
        BitConverter.TryWriteBytes(header[2..], element);
        header[4] = (byte)vr[0];
        header[5] = (byte)vr[1];
        BitConverter.TryWriteBytes(header[6..], (ushort)length);
        stream.Write(header);
    }
}

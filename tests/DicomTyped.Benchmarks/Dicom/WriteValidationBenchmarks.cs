using System.IO;
using System.Threading;
using BenchmarkDotNet.Attributes;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Dicom;

/// <summary>
/// What the write-time checks (issue 7 §6) cost: a save (checks, then writes) against the bare data set writer (writes
/// only), both into <see cref="Stream.Null"/> so that a growing MemoryStream's copies do not drown the difference, for the samples as read (structure checked, values passed through) and for a data set of 5,000 text values
/// set by a caller (every value checked). Run: <c>dotnet run -c Release -- --filter *WriteValidation* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class WriteValidationBenchmarks
{
    private DicomFile[] _samples = [];
    private DicomDataset _built = new();

    /// <summary>Reads the samples into memory and builds the caller-made data set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // Deflated samples are left out: compressing would swamp what is compared here.
        _samples = System.Array.FindAll(
            System.Array.ConvertAll(SampleFiles.All(), path => DicomFile.Read(File.ReadAllBytes(path))),
            file => !file.TransferSyntax.IsDeflated);
        _built.SetUid(new DicomTag(0x00080016), "1.2.840.10008.5.1.4.1.1.7");
        _built.SetUid(new DicomTag(0x00080018), "1.2.3.4");
        _built.SetString(new DicomTag(0x00110010), DicomVR.LO, "BENCHMARK");
        for (var i = 0; i < 5000; i++)
        {
            var tag = new DicomTag(0x0011, (ushort)(0x1000 + i % 256 + 0x100 * (i / 256)));
            switch (i % 5)
            {
                case 0: _built.SetString(tag, DicomVR.LO, "Some description of the series " + i); break;
                case 1: _built.SetString(tag, DicomVR.PN, "Doe^John^M^Dr^III"); break;
                case 2: _built.SetUid(tag, "1.2.826.0.1.3680043.8.498." + i); break;
                case 3: _built.SetValues(tag, DicomVR.DS, 0.5 * i, 1.25); break;
                default: _built.SetString(tag, DicomVR.DA, "20240229"); break;
            }
        }
        for (var b = 0x11; b <= 0x10 + 5000 / 256 + 1; b++)
        {
            _built.SetString(new DicomTag(0x0011, (ushort)b), DicomVR.LO, "BENCHMARK");
        }
    }

    /// <summary>Saves every sample as read: checks structure, passes values through, writes.</summary>
    [Benchmark]
    public long SaveSamples()
    {
        long total = 0;
        foreach (var file in _samples)
        {
            total += file.Save(Stream.Null, DicomWriteOptions.SourceTransferSyntax).Warnings.Count + 1;
        }
        return total;
    }

    /// <summary>Writes every sample's data set with the bare writer: no checks (the baseline).</summary>
    [Benchmark(Baseline = true)]
    public long WriteSamplesUnchecked()
    {
        long total = 0;
        foreach (var file in _samples)
        {
            total += WriteUnchecked(file.Dataset, file.TransferSyntax);
        }
        return total;
    }

    /// <summary>Saves the 5,000 caller-set values: every value checked against PS3.5 6.2, then written.</summary>
    [Benchmark]
    public long SaveCallerValues()
    {
        return new DicomFile(_built).Save(Stream.Null).Warnings.Count;
    }

    /// <summary>Writes the 5,000 caller-set values with the bare writer: no checks.</summary>
    [Benchmark]
    public long WriteCallerValuesUnchecked() => WriteUnchecked(_built, TransferSyntax.ExplicitVRLittleEndian);

    private static long WriteUnchecked(DicomDataset dataset, TransferSyntax syntax)
    {
        using var output = new DicomOutput(Stream.Null);
        var writer = new DicomDatasetWriter(syntax.IsExplicitVR, syntax.IsBigEndian);
        writer.WriteDatasetAsync(output, dataset, async: false, CancellationToken.None).GetAwaiter().GetResult();
        output.FlushAsync(async: false, CancellationToken.None).GetAwaiter().GetResult();
        return dataset.Count;
    }
}

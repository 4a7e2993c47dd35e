using System;
using System.IO;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// Issue 7 §6, "a file that reads without error saves back without error": every sample, in every syntax the writer
/// can give it, and values at the edge of each VR's limits, which dcmdump must read without a warning.
/// </summary>
public class Part10SampleRoundTripTests
{
    private const string DcmtkHint = "apt-get install dcmtk";

    [Theory]
    [MemberData(nameof(Part10ReaderTests.AllFiles), MemberType = typeof(Part10ReaderTests))]
    public void Every_sample_saves_back_without_error_in_every_syntax_the_writer_can_give_it(string name)
    {
        var file = DicomFile.Read(File.ReadAllBytes(Part10ReaderTests.PathOf(name)));
        TransferSyntax[] syntaxes = file.TransferSyntax.IsEncapsulated
            ? [file.TransferSyntax]
            : [TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian, TransferSyntax.DeflatedExplicitVRLittleEndian];
        foreach (var syntax in syntaxes)
        {
            var written = new MemoryStream();
            var result = file.Save(written, new DicomWriteOptions { TransferSyntax = syntax });
            Assert.Equal(syntax, result.TransferSyntax);
            Assert.Equal(file.Dataset.Count, DicomFile.Read(written.ToArray()).Dataset.Count);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Part10ReaderTests.AllFiles), MemberType = typeof(Part10ReaderTests))]
    public void Every_sample_saved_in_every_syntax_the_writer_can_give_it_is_read_by_dcmdump_without_warning(string name)
    {
        var dcmdump = Peers.Require("dcmdump", DcmtkHint);
        var file = DicomFile.Read(File.ReadAllBytes(Part10ReaderTests.PathOf(name)));
        TransferSyntax[] syntaxes = file.TransferSyntax.IsEncapsulated
            ? [file.TransferSyntax]
            : [TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian, TransferSyntax.DeflatedExplicitVRLittleEndian];
        var dir = ExternalTool.TempDirectory();
        foreach (var syntax in syntaxes)
        {
            var path = Path.Combine(dir, syntax.Uid + ".dcm");
            file.Save(path, new DicomWriteOptions { TransferSyntax = syntax });
            var dump = ExternalTool.Run(dcmdump, "-q", path);
            Assert.True(dump.ExitCode == 0 && dump.Stderr.Length == 0, $"{name} as {syntax.Uid}: exit {dump.ExitCode}, {dump.Stderr}");
            Assert.DoesNotContain(dump.Stdout.Split('\n'), l => l.StartsWith("W:", StringComparison.Ordinal) || l.StartsWith("E:", StringComparison.Ordinal));
        }
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData("orthanc-metadata.json")]
    [InlineData("azure-qido-studies.json")]
    public void Data_sets_read_from_dicom_json_samples_save_as_part_10(string name)
    {
        var datasets = DicomJsonReader.ReadDatasets(File.ReadAllBytes(Path.Combine(TestData.Root, "json", name)));
        Assert.NotEmpty(datasets);
        foreach (var dataset in datasets)
        {
            var written = new MemoryStream();
            new DicomFile(dataset).Save(written);
            Assert.Equal(dataset.Count, DicomFile.Read(written.ToArray()).Dataset.Count);
        }
    }

    [SkippableFact]
    public void Values_at_each_vr_limit_are_accepted_and_dcmdump_reads_them_without_warning()
    {
        var dcmdump = Peers.Require("dcmdump", DcmtkHint);
        var dataset = Part10WriterValidationTests.Minimal();
        (string Keyword, uint Tag, DicomVR VR, string Value)[] edges =
        [
            ("AE", 0x00020016, DicomVR.AE, "ABCDEFGHIJKLMNOP"),
            ("AS", 0x00101010, DicomVR.AS, "120Y"),
            ("CS", 0x00080060, DicomVR.CS, "ABCDEFGHIJ_ 0123"),
            ("DA", 0x00080020, DicomVR.DA, "20240229"),
            ("DS", 0x00181050, DicomVR.DS, "-1.234567890E-10"),
            ("DT", 0x0008002A, DicomVR.DT, "20241231235960.999999+1400"),
            ("IS", 0x00200013, DicomVR.IS, "-2147483648"),
            ("LO", 0x00081030, DicomVR.LO, new string('L', 64)),
            ("LT", 0x00204000, DicomVR.LT, "line one\r\nline two\\still two\f" + new string('t', 10200)),
            ("PN", 0x00100010, DicomVR.PN, new string('A', 64) + "=" + new string('I', 64) + "=" + new string('P', 64)),
            ("SH", 0x00100020, DicomVR.SH, new string('S', 16)),
            ("ST", 0x00081080, DicomVR.ST, new string('s', 1024)),
            ("TM", 0x00080030, DicomVR.TM, "235960.123456"),
            ("UC", 0x00189900, DicomVR.UC, new string('u', 2000)),
            ("UI", 0x0020000D, DicomVR.UI, "1." + new string('9', 62)),
            ("UR", 0x00081190, DicomVR.UR, "http://example.org/dicomweb/studies?x=1&y=%20"),
            ("UT", 0x00189914, DicomVR.UT, "unlimited \\ text\r\n" + new string('x', 70_000)),
        ];
        foreach (var (_, tag, vr, value) in edges)
        {
            if (tag >> 16 != 0x0002)
            {
                dataset.SetString(new DicomTag(tag), vr, value);
            }
        }
        dataset.SetValues(new DicomTag(0x00280010), DicomVR.US, (ushort)65535);
        dataset.SetValues(new DicomTag(0x00280030), DicomVR.DS, double.MaxValue, double.Epsilon, -0.0);
        dataset.SetValues(new DicomTag(0x00281052), DicomVR.DS, -double.MaxValue);
        var meta = new DicomDataset();
        meta.SetString(new DicomTag(0x00020016), DicomVR.AE, "ABCDEFGHIJKLMNOP");
        var dir = ExternalTool.TempDirectory();
        var path = Path.Combine(dir, "edges.dcm");
        new DicomFile(meta, dataset, TransferSyntax.ExplicitVRLittleEndian).Save(path);

        var dump = ExternalTool.Run(dcmdump, "+L", path);
        Assert.Equal(0, dump.ExitCode);
        Assert.Equal("", dump.Stderr);
        Assert.DoesNotContain(dump.Stdout.Split('\n'), l => l.StartsWith("W:", StringComparison.Ordinal) || l.StartsWith("E:", StringComparison.Ordinal));
        // Single-line values appear verbatim in dcmdump's listing.
        foreach (var (keyword, tag, vr, value) in edges.Where(e => !e.Value.Contains('\n') && e.Value.Length <= 200))
        {
            Assert.Contains($"({tag >> 16:x4},{tag & 0xFFFF:x4}) {keyword} [{value}]", dump.Stdout, StringComparison.Ordinal);
        }
        var read = DicomFile.Open(path);
        Assert.Equal(edges.First(e => e.Keyword == "LT").Value, read.Dataset.GetString(new DicomTag(0x00204000)));
        // DS holds 16 characters: double.MaxValue comes back rounded, but finite (never rounded up to infinity).
        var spacing = read.Dataset.GetValues<double>(new DicomTag(0x00280030));
        Assert.Equal(double.MaxValue, spacing[0], double.MaxValue * 1e-8);
        Assert.Equal([double.Epsilon, -0.0], spacing[1..]);
        Assert.Equal(-double.MaxValue, read.Dataset.GetValue<double>(new DicomTag(0x00281052)), double.MaxValue * 1e-8);
        Directory.Delete(dir, true);
    }
}

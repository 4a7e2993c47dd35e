using System;
using System.IO;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom.Charsets;

/// <summary>
/// Korean and Japanese names (PS3.5 Annex H and I) through DCMTK: files that dump2dcm makes are read by DicomTyped as
/// DCMTK itself decodes them (dcmdump +U8), and files DicomTyped writes are decoded by DCMTK to the names we wrote.
/// DCMTK 3.6.7 on Debian converts with glibc iconv, which has no ISO 2022 IR 87; for Japanese the decoding side is
/// pydicom 2.3.1 instead, and DCMTK shows the raw bytes, which must be the standard's.
/// </summary>
public sealed class DcmtkCharsetInteropTests
{
    private const string DcmtkHint = "apt-get install dcmtk";
    [SkippableFact]
    public void Korean_name_made_by_dump2dcm_reads_as_dcmtk_decodes_it() =>
        AssertDcmtkMadeFileReads(@"\ISO 2022 IR 149", KoreanAnnexIBytes(), "Hong^Gildong=洪^吉洞=홍^길동");

    [SkippableFact]
    public void Japanese_name_made_by_dump2dcm_reads_as_the_standard_and_pydicom_say()
    {
        var python = Peers.Require(Peers.DebianPython, "apt-get install python3-pydicom");
        var path = MakeWithDump2dcm(@"\ISO 2022 IR 87", JapaneseAnnexHBytes(), out var dir);

        using var file = DicomFile.Open(path);
        var ours = file.Dataset.GetString(DicomTags.PatientName);

        Assert.Equal("Yamada^Tarou=山田^太郎=やまだ^たろう", ours);
        Assert.Equal(PatientNameAsPydicomDecodes(python, path), ours);
        Directory.Delete(dir, true);
    }

    [SkippableTheory]
    [InlineData(@"\ISO 2022 IR 149", "Hong^Gildong=洪^吉洞=홍^길동")]
    [InlineData("ISO_IR 192", "Wang^XiaoDong=王^小東")]
    public void Name_written_by_DicomTyped_is_decoded_by_dcmtk_to_the_same_text(string characterSet, string name)
    {
        var dcmdump = Peers.Require("dcmdump", DcmtkHint);
        var path = WriteWithDicomTyped(characterSet, name, out var dir);

        Assert.Equal(name, PatientNameAsDcmtkDecodes(dcmdump, path));
        Directory.Delete(dir, true);
    }

    [SkippableFact]
    public void Japanese_name_written_by_DicomTyped_has_the_standards_bytes_and_pydicom_reads_it()
    {
        var dcmdump = Peers.Require("dcmdump", DcmtkHint);
        var python = Peers.Require(Peers.DebianPython, "apt-get install python3-pydicom");
        const string name = "Yamada^Tarou=山田^太郎=やまだ^たろう";
        var path = WriteWithDicomTyped(@"\ISO 2022 IR 87", name, out var dir);

        Assert.Equal(name, PatientNameAsPydicomDecodes(python, path));
        Assert.Equal(JapaneseAnnexHBytes(), RawPatientName(path));
        var dump = ExternalTool.Run(dcmdump, path);
        Assert.True(dump.ExitCode == 0 && dump.Stderr.Length == 0, dump.Stderr);
        Directory.Delete(dir, true);
    }

    private static byte[] RawPatientName(string path)
    {
        using var file = DicomFile.Open(path);
        Assert.True(file.Dataset.TryGetElement(DicomTags.PatientName, out var element));
        return element.Value.Span.TrimEnd((byte)' ').ToArray();
    }

    private static string WriteWithDicomTyped(string characterSet, string name, out string dir)
    {
        dir = ExternalTool.TempDirectory();
        var path = Path.Combine(dir, "written.dcm");
        var dataset = new DicomDataset();
        dataset.SetStrings(DicomTags.SpecificCharacterSet, DicomVR.CS, characterSet.Split('\\'));
        dataset.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        dataset.SetUid(DicomTags.SOPInstanceUID, DicomUid.Generate());
        dataset.SetPersonNames(DicomTags.PatientName, PersonName.Parse(name));
        new DicomFile(dataset).Save(path);
        return path;
    }

    private static string PatientNameAsPydicomDecodes(string python, string path)
    {
        var result = ExternalTool.Run(python, "-c",
            "import sys, pydicom; ds = pydicom.dcmread(sys.argv[1]); sys.stdout.buffer.write(str(ds.PatientName).encode('utf-8'))", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout;
    }

    private static void AssertDcmtkMadeFileReads(string characterSet, byte[] nameBytes, string expected)
    {
        var dcmdump = Peers.Require("dcmdump", DcmtkHint);
        var path = MakeWithDump2dcm(characterSet, nameBytes, out var dir);

        using var file = DicomFile.Open(path);
        var ours = file.Dataset.GetString(DicomTags.PatientName);

        Assert.Equal(expected, ours);
        Assert.Equal(PatientNameAsDcmtkDecodes(dcmdump, path), ours);
        Directory.Delete(dir, true);
    }

    private static string MakeWithDump2dcm(string characterSet, byte[] nameBytes, out string dir)
    {
        var dump2dcm = Peers.Require("dump2dcm", DcmtkHint);
        dir = ExternalTool.TempDirectory();
        var dumpPath = Path.Combine(dir, "name.dump");
        var path = Path.Combine(dir, "name.dcm");
        using (var dump = File.Create(dumpPath))
        {
            dump.Write(Encoding.ASCII.GetBytes(
                "(0002,0010) UI =LittleEndianExplicit\n" +
                $"(0008,0005) CS [{characterSet}]\n" +
                "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]\n" +
                "(0008,0018) UI [1.2.3.4.5]\n" +
                "(0010,0010) PN ["));
            dump.Write(nameBytes);
            dump.Write("]\n"u8);
        }
        var made = ExternalTool.Run(dump2dcm, dumpPath, path);
        Assert.True(made.ExitCode == 0, made.Stderr);
        return path;
    }

    private static string PatientNameAsDcmtkDecodes(string dcmdump, string path)
    {
        var result = ExternalTool.Run(dcmdump, "+U8", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var line = result.Stdout.Split('\n').Single(l => l.StartsWith("(0010,0010)", StringComparison.Ordinal));
        var start = line.IndexOf('[', StringComparison.Ordinal) + 1;
        return line[start..line.LastIndexOf(']')];
    }

    // PS3.5 I.1: each ideographic and phonetic component starts with ESC $ ) C, then KS X 1001 in EUC form.
    private static byte[] KoreanAnnexIBytes()
    {
        var euc = CodePagesEncodingProvider.Instance.GetEncoding(51949)!;
        var bytes = new MemoryStream();
        bytes.Write("Hong^Gildong"u8);
        foreach (var group in new[] { "洪^吉洞", "홍^길동" })
        {
            bytes.WriteByte((byte)'=');
            var parts = group.Split('^');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    bytes.WriteByte((byte)'^');
                }
                bytes.Write([0x1B, (byte)'$', (byte)')', (byte)'C']);
                bytes.Write(euc.GetBytes(parts[i]));
            }
        }
        return bytes.ToArray();
    }

    // PS3.5 H.3.1: JIS X 0208 between ESC $ B and ESC ( B, component by component.
    private static byte[] JapaneseAnnexHBytes() =>
    [
        .. "Yamada^Tarou="u8,
        0x1B, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, 0x1B, 0x28, 0x42, (byte)'^', 0x1B, 0x24, 0x42, 0x42, 0x40, 0x4F, 0x3A, 0x1B, 0x28, 0x42,
        (byte)'=',
        0x1B, 0x24, 0x42, 0x24, 0x64, 0x24, 0x5E, 0x24, 0x40, 0x1B, 0x28, 0x42, (byte)'^', 0x1B, 0x24, 0x42, 0x24, 0x3F, 0x24, 0x6D, 0x24, 0x26, 0x1B, 0x28, 0x42,
    ];
}

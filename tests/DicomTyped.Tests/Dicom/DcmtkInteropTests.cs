using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>Cross-checks against DCMTK (dcmdump, dump2dcm, img2dcm) and Debian's pydicom 2.3.1.</summary>
public class DcmtkInteropTests
{
    private const string DcmtkHint = "apt-get install dcmtk";
    private const string PydicomHint = "apt-get install python3-pydicom python3-numpy python3-pil";

    private const string FrameHashScript = """
        import sys, hashlib, pydicom
        from pydicom.encaps import generate_pixel_data_frame
        ds = pydicom.dcmread(sys.argv[1])
        n = int(sys.argv[2])
        frames = int(getattr(ds, 'NumberOfFrames', 1) or 1)
        if ds.file_meta.TransferSyntaxUID.is_compressed:
            data = list(generate_pixel_data_frame(ds.PixelData, frames))[n - 1]
        else:
            arr = ds.pixel_array
            frame = arr[n - 1] if frames > 1 else arr
            data = frame.astype(frame.dtype.newbyteorder('<')).tobytes()
        print(hashlib.sha256(data).hexdigest())
        """;

    [SkippableTheory]
    [MemberData(nameof(Part10ReaderTests.AllFiles), MemberType = typeof(Part10ReaderTests))]
    public void Files_written_by_DicomTyped_dump_cleanly_and_match_the_original(string name)
    {
        var dcmdump = Peers.Require("dcmdump", DcmtkHint);
        var source = Part10ReaderTests.PathOf(name);
        var dir = ExternalTool.TempDirectory();
        var written = Path.Combine(dir, "written.dcm");
        using (var file = DicomFile.Open(source))
        {
            file.Save(written);
        }
        var result = ExternalTool.Run(dcmdump, written);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.DoesNotContain(result.Stdout.Split('\n'), l => l.StartsWith("E:", StringComparison.Ordinal) || l.StartsWith("W:", StringComparison.Ordinal));
        Assert.Equal(DatasetLines(ExternalTool.Run(dcmdump, source).Stdout), DatasetLines(result.Stdout));
        Directory.Delete(dir, true);
    }

    [SkippableTheory]
    [InlineData("+te", "1.2.840.10008.1.2.1")]
    [InlineData("+tb", "1.2.840.10008.1.2.2")]
    [InlineData("+ti", "1.2.840.10008.1.2")]
    [InlineData("+td", "1.2.840.10008.1.2.1.99")]
    public void Files_made_by_dump2dcm_read_with_the_same_values_and_frames(string syntaxOption, string syntaxUid)
    {
        var dump2dcm = Peers.Require("dump2dcm", DcmtkHint);
        var dir = ExternalTool.TempDirectory();
        const int frames = 100, rows = 8, columns = 6;
        var pixels = new byte[frames * rows * columns * 2];
        new Random(5).NextBytes(pixels);
        File.WriteAllBytes(Path.Combine(dir, "pixels.raw"), pixels);
        File.WriteAllText(Path.Combine(dir, "in.dump"), $"""
            (0008,0005) CS [ISO_IR 100]
            (0008,0016) UI [1.2.840.10008.5.1.4.1.1.7.3]
            (0008,0018) UI [1.2.826.0.1.3680043.8.498.1]
            (0008,0020) DA [20240229]
            (0008,0030) TM [101213.5]
            (0008,1140) SQ (Sequence with explicit length #=2)
              (fffe,e000) na (Item with explicit length #=1)
                (0008,1155) UI [1.2.3.4]
              (fffe,e00d) na (ItemDelimitationItem for re-encoding)
              (fffe,e000) na (Item with explicit length #=1)
                (0008,1155) UI [1.2.3.5]
              (fffe,e00d) na (ItemDelimitationItem for re-encoding)
            (fffe,e0dd) na (SequenceDelimitationItem for re-encoding)
            (0010,0010) PN [Doe^John^^Dr]
            (0018,0050) DS [2.5]
            (0020,0013) IS [7]
            (0028,0002) US 1
            (0028,0004) CS [MONOCHROME2]
            (0028,0008) IS [{frames}]
            (0028,0010) US {rows}
            (0028,0011) US {columns}
            (0028,0030) DS [0.5\0.25]
            (0028,0100) US 16
            (0028,0101) US 16
            (0028,0102) US 15
            (0028,0103) US 0
            (7fe0,0010) OW ={Path.Combine(dir, "pixels.raw")}
            """);
        var output = Path.Combine(dir, "out.dcm");
        var made = ExternalTool.Run(dump2dcm, syntaxOption, Path.Combine(dir, "in.dump"), output);
        Assert.True(made.ExitCode == 0, made.Stderr);

        using var file = DicomFile.Open(output);
        var ds = file.Dataset;
        Assert.Equal(syntaxUid, file.TransferSyntax.Uid);
        Assert.Equal("Doe", ds.GetPersonName(new DicomTag(0x00100010))!.FamilyName);
        Assert.Equal("Dr", ds.GetPersonName(new DicomTag(0x00100010))!.Alphabetic!.NamePrefix);
        Assert.Equal(new DateOnly(2024, 2, 29), ds.GetDate(new DicomTag(0x00080020)));
        Assert.Equal(new TimeOnly(10, 12, 13, 500), ds.GetTime(new DicomTag(0x00080030)));
        Assert.Equal(2.5m, ds.GetValue<decimal>(new DicomTag(0x00180050)));
        Assert.Equal([0.5, 0.25], ds.GetValues<double>(new DicomTag(0x00280030)));
        Assert.Equal(7, ds.GetValue<int>(new DicomTag(0x00200013)));
        Assert.Equal(rows, ds.GetValue<int>(new DicomTag(0x00280010)));
        Assert.Equal(new string?[] { "1.2.3.4", "1.2.3.5" }, ds.GetSequence(new DicomTag(0x00081140))!.Items.Select(i => i.GetUid(new DicomTag(0x00081155))).ToArray());
        Assert.Equal(frames, DicomFrames.GetFrameCount(ds));
        var frameLength = rows * columns * 2;
        foreach (var n in new[] { 1, 37, 100 })
        {
            Assert.Equal(pixels.AsSpan((n - 1) * frameLength, frameLength).ToArray(), DicomFrames.GetFrame(ds, n).ToArray());
        }

        // And back: DicomTyped's own write of the DCMTK file in the same syntax is identical (except deflate's bit stream).
        if (!file.TransferSyntax.IsDeflated)
        {
            var again = new MemoryStream();
            file.Save(again, DicomWriteOptions.SourceTransferSyntax);
            Assert.Equal(File.ReadAllBytes(output), again.ToArray());
        }
        Directory.Delete(dir, true);
    }

    [SkippableFact]
    public void A_jpeg_wrapped_by_img2dcm_gives_back_the_jpeg_as_frame_1()
    {
        var img2dcm = Peers.Require("img2dcm", DcmtkHint);
        var python = Peers.Require(Peers.DebianPython, PydicomHint);
        var dir = ExternalTool.TempDirectory();
        var jpeg = Path.Combine(dir, "in.jpg");
        var made = ExternalTool.Run(python, "-c", "import sys; from PIL import Image; Image.new('RGB', (64, 48), (200, 30, 90)).save(sys.argv[1], quality=90)", jpeg);
        Skip.If(made.ExitCode != 0 && !Peers.InCi, "python3-pil is not installed: " + made.Stderr);
        Assert.Equal(0, made.ExitCode);
        var output = Path.Combine(dir, "out.dcm");
        var wrapped = ExternalTool.Run(img2dcm, "-i", "JPEG", jpeg, output);
        Assert.True(wrapped.ExitCode == 0, wrapped.Stderr);

        using var file = DicomFile.Open(output);
        Assert.Equal(TransferSyntax.JPEGBaseline8Bit, file.TransferSyntax);
        Assert.Equal(48, file.Dataset.GetValue<int>(new DicomTag(0x00280010)));
        Assert.Equal(64, file.Dataset.GetValue<int>(new DicomTag(0x00280011)));
        var frame = DicomFrames.GetFrame(file.Dataset, 1).ToArray();
        Assert.Equal(new byte[] { 0xFF, 0xD8 }, frame[..2]);
        Assert.Equal(PydicomFrameHash(python, output, 1), Sha256(frame));
        Directory.Delete(dir, true);
    }

    [SkippableTheory]
    [InlineData("rgb256_ExplicitVRLittleEndian.dcm", 1)]
    [InlineData("rgb256_ExplicitVRBigEndian.dcm", 1)]
    [InlineData("rgb256_ImplicitVRLittleEndian.dcm", 1)]
    [InlineData("rgb256_JPEG2000Lossless.dcm", 1)]
    [InlineData("rgb256_RLELossless.dcm", 1)]
    [InlineData("rgb256_JPEGLosslessP14.dcm", 1)]
    [InlineData("ot636x434_JPEGExtendedP2_4.dcm", 1)]
    [InlineData("case1_008_MR_ImplicitVRLE_sequences.dcm", 1)]
    [InlineData("blue-circle.dcm", 1)]
    public void Frames_match_what_pydicom_extracts(string name, int frame)
    {
        var python = Peers.Require(Peers.DebianPython, PydicomHint);
        var path = Part10ReaderTests.PathOf(name);
        using var file = DicomFile.Open(path, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        Assert.Equal(PydicomFrameHash(python, path, frame), Sha256(DicomFrames.GetFrame(file.Dataset, frame).ToArray()));
    }

    [SkippableFact]
    public void Frames_of_a_100_frame_file_match_pydicom()
    {
        var python = Peers.Require(Peers.DebianPython, PydicomHint);
        var dir = ExternalTool.TempDirectory();
        var path = Path.Combine(dir, "multi.dcm");
        new DicomFile(FrameTests.NativeMultiFrame(100, 16, 12, 8, 3, out _)).Save(path);
        using var file = DicomFile.Open(path, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        foreach (var n in new[] { 1, 64, 100 })
        {
            Assert.Equal(PydicomFrameHash(python, path, n), Sha256(DicomFrames.GetFrame(file.Dataset, n).ToArray()));
        }
        file.Dispose();
        Directory.Delete(dir, true);
    }

    private static string PydicomFrameHash(string python, string path, int frame)
    {
        var result = ExternalTool.Run(python, "-c", FrameHashScript, path, frame.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout.Trim();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // The data set part of a dcmdump listing, without the line naming the transfer syntax it was read in.
    private static string[] DatasetLines(string dump)
    {
        var lines = dump.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("# Dicom-Data-Set", StringComparison.Ordinal));
        // Implicit VR shows private elements of unknown VR as "??"; written explicitly they are UN, as DCMTK writes them too.
        return lines.Skip(start + 1).Where(l => !l.StartsWith("# Used TransferSyntax", StringComparison.Ordinal))
            .Select(l => l.Replace(") ?? ", ") UN ", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("W: ", StringComparison.Ordinal)).ToArray();
    }
}

using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

public class Part10ReaderTests
{
    private static readonly DicomTag StudyInstanceUID = new(0x0020000D);
    private static readonly DicomTag SeriesInstanceUID = new(0x0020000E);
    private static readonly DicomTag SOPInstanceUID = new(0x00080018);
    private static readonly DicomTag PatientName = new(0x00100010);
    private static readonly DicomTag PixelData = new(0x7FE00010);

    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestData.AllSampleFiles())
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    internal static string PathOf(string name) =>
        File.Exists(TestData.Dcm(name)) ? TestData.Dcm(name) : TestData.Extra(name);

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Every_sample_file_reads_with_pixel_data(string name)
    {
        using var file = DicomFile.Open(PathOf(name));
        Assert.True(file.Dataset.Count > 10);
        Assert.NotNull(file.Dataset[PixelData]);
        Assert.False(string.IsNullOrEmpty(file.Dataset.GetUid(SOPInstanceUID)));
        Assert.Equal(file.TransferSyntax.IsEncapsulated, file.Dataset[PixelData] is DicomFragments);
    }

    [Theory]
    [InlineData("blue-circle.dcm", "1.2.826.0.1.3680043.8.498.77033797676425927098669402985243398207", "1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114")]
    [InlineData("green-square.dcm", "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652", "1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212")]
    [InlineData("red-triangle.dcm", "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652", "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395")]
    public async Task Walk_through_files_give_their_uids_without_reading_pixels(string name, string series, string instance)
    {
        await using var stream = File.OpenRead(TestData.Dcm(name));
        var file = await DicomFile.ReadAsync(stream, new DicomReadOptions { StopBeforePixelData = true }, System.Threading.CancellationToken.None);
        Assert.True(file.StoppedBeforePixelData);
        Assert.Null(file.Dataset[PixelData]);
        Assert.Equal("1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420", file.Dataset.GetUid(StudyInstanceUID));
        Assert.Equal(series, file.Dataset.GetUid(SeriesInstanceUID));
        Assert.Equal(instance, file.Dataset.GetUid(SOPInstanceUID));
        Assert.True(stream.Position < 64 * 1024, $"read {stream.Position} bytes");
    }

    [Theory]
    [InlineData("blue-circle.dcm")]
    [InlineData("green-square.dcm")]
    [InlineData("red-triangle.dcm")]
    public void A_header_read_allocates_under_64_KB(string name)
    {
        var options = new DicomReadOptions { StopBeforePixelData = true };
        DicomFile.Open(TestData.Dcm(name), options).Dispose();
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        using (var file = DicomFile.Open(TestData.Dcm(name), options))
        {
            Assert.NotNull(file.Dataset.GetUid(SOPInstanceUID));
        }
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes");
    }

    [Theory]
    [InlineData("blue-circle.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("case1_008_MR_ImplicitVRLE_sequences.dcm", "1.2.840.10008.1.2")]
    [InlineData("layer1_SM_JPEGBaseline_sequences.dcm", "1.2.840.10008.1.2.4.50")]
    [InlineData("ot636x434_DeflatedExplicitVRLE.dcm", "1.2.840.10008.1.2.1.99")]
    [InlineData("ot636x434_JPEGExtendedP2_4.dcm", "1.2.840.10008.1.2.4.51")]
    [InlineData("rgb256_ExplicitVRBigEndian.dcm", "1.2.840.10008.1.2.2")]
    [InlineData("rgb256_JPEG2000Lossless.dcm", "1.2.840.10008.1.2.4.90")]
    [InlineData("rgb256_JPEG2000Lossy.dcm", "1.2.840.10008.1.2.4.91")]
    [InlineData("rgb256_JPEGLosslessP14.dcm", "1.2.840.10008.1.2.4.57")]
    [InlineData("rgb256_RLELossless.dcm", "1.2.840.10008.1.2.5")]
    public void Transfer_syntax_is_read_from_the_meta_group(string name, string uid)
    {
        using var file = DicomFile.Open(PathOf(name));
        Assert.Equal(uid, file.TransferSyntax.Uid);
        Assert.True(file.TransferSyntax.IsKnown);
    }

    [Theory]
    [InlineData("ot636x434_JPEGExtendedP2_4.dcm")]
    [InlineData("ot636x434_DeflatedExplicitVRLE.dcm")]
    public void Patient_name_of_ot636x434_is_John_Doe(string name)
    {
        using var file = DicomFile.Open(PathOf(name));
        var patient = file.Dataset.GetPersonName(PatientName);
        Assert.NotNull(patient);
        Assert.Equal("Doe", patient.GivenName);
        Assert.Equal("John", patient.FamilyName);
        Assert.Equal("John^Doe", file.Dataset.GetString(PatientName));
    }

    [Fact]
    public void Case1_has_its_five_sequences()
    {
        using var file = DicomFile.Open(TestData.Extra("case1_008_MR_ImplicitVRLE_sequences.dcm"));
        var sequences = file.Dataset.OfType<DicomSequence>().Select(s => s.Tag.ToHexString()).ToArray();
        // (0040,0008) is nested in the item of (0040,0275), as dcmdump shows.
        Assert.Equal(["00081111", "00081140", "00400275", "00400321"], sequences);
        Assert.Equal([1, 3, 1, 0], file.Dataset.OfType<DicomSequence>().Select(s => s.Items.Count).ToArray());
        var nested = file.Dataset.GetSequence(new DicomTag(0x00400275))!.Items[0].GetSequence(new DicomTag(0x00400008));
        Assert.NotNull(nested);
        Assert.Empty(nested.Items);
        Assert.Equal(147, file.Dataset.Count);
    }

    [Fact]
    public void Rgb256_pixels_are_identical_in_implicit_explicit_and_big_endian()
    {
        using var explicitLe = DicomFile.Open(TestData.Extra("rgb256_ExplicitVRLittleEndian.dcm"));
        using var implicitLe = DicomFile.Open(TestData.Extra("rgb256_ImplicitVRLittleEndian.dcm"));
        using var bigEndian = DicomFile.Open(TestData.Extra("rgb256_ExplicitVRBigEndian.dcm"));
        var reference = explicitLe.Dataset.GetElement(PixelData);
        Assert.Equal(256 * 256 * 3, reference.Length);
        Assert.Equal(reference.Value.ToArray(), implicitLe.Dataset.GetElement(PixelData).Value.ToArray());
        var be = bigEndian.Dataset.GetElement(PixelData);
        var bytes = be.Value.ToArray();
        if (be.VR == DicomVR.OW)
        {
            for (var i = 0; i + 1 < bytes.Length; i += 2)
            {
                (bytes[i], bytes[i + 1]) = (bytes[i + 1], bytes[i]);
            }
        }
        Assert.Equal(reference.Value.ToArray(), bytes);
        Assert.Equal(256, bigEndian.Dataset.GetValue<int>(new DicomTag(0x00280010)));
        Assert.Equal(256, explicitLe.Dataset.GetValue<int>(new DicomTag(0x00280011)));
    }

    [Fact]
    public void Pixel_data_can_stay_in_the_stream()
    {
        using var file = DicomFile.Open(TestData.Dcm("red-triangle.dcm"), new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        var pixels = file.Dataset.GetElement(PixelData);
        Assert.NotNull(pixels.StreamRange);
        Assert.Equal((979 * 985 * 3 + 1) & ~1, pixels.Length);
        using var loaded = DicomFile.Open(TestData.Dcm("red-triangle.dcm"));
        Assert.Equal(loaded.Dataset.GetElement(PixelData).Value.ToArray(), pixels.Value.ToArray());
    }

    [Fact]
    public void Encapsulated_fragments_can_stay_in_the_stream()
    {
        using var file = DicomFile.Open(TestData.Extra("rgb256_RLELossless.dcm"), new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        var fragments = Assert.IsType<DicomFragments>(file.Dataset.GetElement(PixelData));
        Assert.All(fragments.Fragments, f => Assert.NotNull(f.StreamRange));
        using var loaded = DicomFile.Open(TestData.Extra("rgb256_RLELossless.dcm"));
        var expected = Assert.IsType<DicomFragments>(loaded.Dataset.GetElement(PixelData));
        Assert.Equal(expected.Fragments[0].Data.ToArray(), fragments.Fragments[0].Data.ToArray());
    }
}

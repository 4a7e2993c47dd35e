using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom.Json;

public class DicomJsonSampleRoundTripTests
{
    public static IEnumerable<object[]> SampleFiles()
    {
        foreach (var path in TestData.AllSampleFiles())
        {
            yield return [Path.GetFileName(path)];
        }
    }

    internal static string PathOf(string name) =>
        File.Exists(TestData.Dcm(name)) ? TestData.Dcm(name) : TestData.Extra(name);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Dataset_to_json_to_dataset_gives_the_same_json(string name)
    {
        using var file = DicomFile.Open(PathOf(name));
        var first = DicomJsonWriter.ToUtf8Bytes(file.Dataset);
        var read = DicomJsonReader.ReadDatasets(DicomJsonWriter.ToUtf8Bytes([file.Dataset]));
        Assert.Single(read);
        var second = DicomJsonWriter.ToUtf8Bytes(read[0]);
        if (!read[0].Contains(new DicomTag(0x00080005)) || read[0].GetString(new DicomTag(0x00080005)) != "ISO_IR 192")
        {
            Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
            return;
        }
        // Non-ASCII text comes back as UTF-8 under ISO_IR 192: only (0008,0005) may differ.
        using var a = JsonDocument.Parse(first);
        using var b = JsonDocument.Parse(second);
        foreach (var attribute in a.RootElement.EnumerateObject())
        {
            if (attribute.Name != "00080005")
            {
                Assert.Equal(attribute.Value.GetRawText(), b.RootElement.GetProperty(attribute.Name).GetRawText());
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Pixel_data_left_in_the_file_gives_the_same_json_as_loaded(string name)
    {
        using var loaded = DicomFile.Open(PathOf(name));
        using var referenced = DicomFile.Open(PathOf(name), new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        Assert.Equal(DicomJsonWriter.ToUtf8Bytes(loaded.Dataset), DicomJsonWriter.ToUtf8Bytes(referenced.Dataset));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Metadata_form_leaves_pixel_data_out(string name)
    {
        using var file = DicomFile.Open(PathOf(name));
        var options = new DicomJsonWriterOptions { BulkDataUriProvider = e => e.Tag == new DicomTag(0x7FE00010) ? "bulkdata/7FE00010" : null };
        using var json = JsonDocument.Parse(DicomJsonWriter.ToUtf8Bytes(file.Dataset, options));
        if (json.RootElement.TryGetProperty("7FE00010", out var pixels))
        {
            Assert.Equal("bulkdata/7FE00010", pixels.GetProperty("BulkDataURI").GetString());
            Assert.False(pixels.TryGetProperty("InlineBinary", out _));
        }
    }
}

using System;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Threading.Tasks;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>WADO-RS frames of native and encapsulated pixel data, checked against the core and pydicom.</summary>
public sealed class FramesRetrieveTests(StoredSamplesFixture fixture) : IClassFixture<StoredSamplesFixture>
{
    private const string MultipartFramesAny = "multipart/related; type=\"application/octet-stream\"; transfer-syntax=*";

    // pydicom's own frame extraction: pixel_array for native data, generate_pixel_data_frame for encapsulated data.
    private const string PydicomFrames = """
import sys, hashlib, pydicom
from pydicom.encaps import generate_pixel_data_frame
ds = pydicom.dcmread(sys.argv[1])
n = int(getattr(ds, 'NumberOfFrames', 1) or 1)
if ds.file_meta.TransferSyntaxUID.is_compressed:
    frames = list(generate_pixel_data_frame(ds.PixelData, n))
else:
    a = ds.pixel_array
    frames = [(a[i] if n > 1 else a).tobytes() for i in range(n)]
for f in frames:
    print(hashlib.sha256(f).hexdigest())
""";

    [SkippableTheory]
    [InlineData("multiframe-native", "1,2,3", "1.2.840.10008.1.2.1")]
    [InlineData("multiframe-jpeg", "1,2,3", "1.2.840.10008.1.2.4.50")]
    [InlineData("rgb256_ExplicitVRBigEndian", "1", "1.2.840.10008.1.2.1")]
    [InlineData("layer1_SM_JPEGBaseline_sequences", "1", "1.2.840.10008.1.2.4.50")]
    public async Task Frames_equal_the_core_and_pydicom_extraction(string name, string frames, string syntax)
    {
        var python = Peers.Require(Peers.DebianPython, "apt-get install python3-pydicom python3-numpy");
        var sample = fixture.Samples[name];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/frames/{frames}", MultipartFramesAny);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = await RetrieveHttp.ReadPartsAsync(response);
        var numbers = frames.Split(',').Select(int.Parse).ToArray();
        Assert.Equal(numbers.Length, parts.Count);

        using var file = DicomFile.Open(sample.Path);
        var pydicom = await ProcessRunner.RunAsync(python, ["-c", PydicomFrames, sample.Path], TimeSpan.FromMinutes(1));
        Assert.True(pydicom.ExitCode == 0, pydicom.StandardError);
        var pydicomHashes = pydicom.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < numbers.Length; i++)
        {
            Assert.Equal("application/octet-stream", parts[i].ContentType!.MediaType);
            Assert.Equal(syntax, parts[i].ContentType!.GetParameter("transfer-syntax"));
            Assert.EndsWith($"/frames/{numbers[i]}", parts[i].ContentLocation);
            Assert.Equal(DicomFrames.GetFrame(file.Dataset, numbers[i]).ToArray(), parts[i].Body);
            Assert.Equal(pydicomHashes[numbers[i] - 1], Convert.ToHexStringLower(SHA256.HashData(parts[i].Body)));
        }
    }

    [Fact]
    public async Task Frames_come_in_the_order_asked()
    {
        var sample = fixture.Samples["multiframe-native"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/frames/3,1", MultipartFramesAny);
        var parts = await RetrieveHttp.ReadPartsAsync(response);
        using var file = DicomFile.Open(sample.Path);
        Assert.Equal(DicomFrames.GetFrame(file.Dataset, 3).ToArray(), parts[0].Body);
        Assert.Equal(DicomFrames.GetFrame(file.Dataset, 1).ToArray(), parts[1].Body);
    }

    [Fact]
    public async Task One_frame_as_single_part_octet_stream()
    {
        var sample = fixture.Samples["multiframe-native"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/frames/2", "application/octet-stream; transfer-syntax=*");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        using var file = DicomFile.Open(sample.Path);
        Assert.Equal(DicomFrames.GetFrame(file.Dataset, 2).ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Several_frames_as_single_part_are_not_acceptable()
    {
        var sample = fixture.Samples["multiframe-native"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/frames/1,2", "application/octet-stream; transfer-syntax=*");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Compressed_frames_in_explicit_vr_little_endian_are_not_acceptable()
    {
        var sample = fixture.Samples["multiframe-jpeg"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/frames/1",
            "multipart/related; type=\"application/octet-stream\"; transfer-syntax=1.2.840.10008.1.2.1");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("4", HttpStatusCode.NotFound)]
    [InlineData("1,4", HttpStatusCode.NotFound)]
    [InlineData("0", HttpStatusCode.BadRequest)]
    [InlineData("1,,2", HttpStatusCode.BadRequest)]
    [InlineData("x", HttpStatusCode.BadRequest)]
    public async Task Frame_lists_outside_the_instance_or_malformed_are_refused(string frames, HttpStatusCode expected)
    {
        var sample = fixture.Samples["multiframe-native"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/frames/{frames}", MultipartFramesAny);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Frames_of_an_instance_without_pixel_data_are_not_found()
    {
        var sample = fixture.Samples["no-pixel-data"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/frames/1", MultipartFramesAny);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

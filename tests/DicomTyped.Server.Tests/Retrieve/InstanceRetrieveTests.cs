using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Multipart;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>WADO-RS study, series and instance retrieve against the server on loopback.</summary>
public sealed class InstanceRetrieveTests(StoredSamplesFixture fixture) : IClassFixture<StoredSamplesFixture>
{
    private RetrieveSamples Samples => fixture.Samples;

    [Fact]
    public async Task Study_as_stored_returns_each_file_byte_for_byte()
    {
        using var client = fixture.Server.Client();
        var received = 0;
        await foreach (var part in client.RetrieveStudyInstancesAsync(RetrieveSamples.WalkThroughStudy))
        {
            using var copy = new MemoryStream();
            await part.CopyToAsync(copy);
            var file = DicomFile.Read(copy.ToArray(), new DicomReadOptions { StopBeforePixelData = true });
            var name = new[] { "blue-circle", "green-square", "red-triangle" }.Single(n => Samples[n].Instance == file.Dataset.GetUid(DicomTags.SOPInstanceUID));
            AssertSameFile(Samples[name].Path, copy.ToArray());
            received++;
        }
        Assert.Equal(3, received);
    }

    [Fact]
    public async Task The_v1_routes_retrieve_too_and_point_back_at_v1()
    {
        var red = Samples["red-triangle"];
        using var v1 = new System.Net.Http.HttpClient { BaseAddress = fixture.Server.Host.BaseAddressV1 };
        using var response = await RetrieveHttp.GetAsync(v1, red.InstanceRoute, RetrieveHttp.MultipartDicomAny);
        var part = Assert.Single(await RetrieveHttp.ReadPartsAsync(response));
        Assert.Equal(new Uri(fixture.Server.Host.BaseAddressV1, red.InstanceRoute).ToString(), part.ContentLocation);
    }

    [Fact]
    public async Task Series_returns_only_its_instances()
    {
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"studies/{RetrieveSamples.WalkThroughStudy}/series/{RetrieveSamples.WalkThroughSeries}", RetrieveHttp.MultipartDicomAny);
        var parts = await RetrieveHttp.ReadPartsAsync(response);
        var uids = parts.Select(p => DicomFile.Read(p.Body).Dataset.GetUid(DicomTags.SOPInstanceUID)).Order().ToArray();
        Assert.Equal(new[] { Samples["green-square"].Instance, Samples["red-triangle"].Instance }.Order(), uids);
    }

    [Fact]
    public async Task Response_content_type_names_type_and_boundary_and_parts_carry_type_length_and_location()
    {
        var red = Samples["red-triangle"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, red.InstanceRoute, RetrieveHttp.MultipartDicomAny);
        var contentType = MediaTypeWithParameters.Parse(response.Content.Headers.ContentType!.ToString());
        Assert.True(contentType.IsMediaType("multipart/related"));
        Assert.Equal("application/dicom", contentType.GetParameter("type"));
        Assert.False(string.IsNullOrEmpty(contentType.GetParameter("boundary")));
        var part = Assert.Single(await RetrieveHttp.ReadPartsAsync(response));
        Assert.Equal("application/dicom", part.ContentType!.MediaType);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian.Uid, part.ContentType.GetParameter("transfer-syntax"));
        Assert.Equal(new FileInfo(red.Path).Length, part.ContentLength);
        Assert.Equal(new Uri(fixture.Server.Host.BaseAddress, red.InstanceRoute).ToString(), part.ContentLocation);
    }

    [Fact]
    public async Task Instance_as_single_part_application_dicom_is_the_stored_file()
    {
        var sample = Samples["rgb256_ExplicitVRBigEndian"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, sample.InstanceRoute, "application/dicom; transfer-syntax=*");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/dicom", response.Content.Headers.ContentType!.MediaType);
        AssertSameFile(sample.Path, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_big_endian_instance_converted_to_little_endian_is_said_in_a_warning_header()
    {
        var sample = Samples["rgb256_ExplicitVRBigEndian"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, sample.InstanceRoute, "multipart/related; type=\"application/dicom\"");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warning = Assert.Single(response.Headers.GetValues("Warning"));
        Assert.StartsWith("299 ", warning, StringComparison.Ordinal);
        Assert.Contains("Explicit VR Big Endian converted", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rgb256_ExplicitVRBigEndian", "multipart/related; type=\"application/dicom\"; transfer-syntax=*")]
    [InlineData("rgb256_ImplicitVRLittleEndian", "multipart/related; type=\"application/dicom\"")]
    public async Task A_retrieve_that_changes_no_byte_order_has_no_warning_header(string name, string accept)
    {
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, Samples[name].InstanceRoute, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Warning"));
    }

    [Theory]
    [InlineData("rgb256_ImplicitVRLittleEndian")]
    [InlineData("rgb256_ExplicitVRBigEndian")]
    [InlineData("ot636x434_DeflatedExplicitVRLE")]
    [InlineData("case1_008_MR_ImplicitVRLE_sequences")]
    public async Task Default_accept_transcodes_uncompressed_syntaxes_to_explicit_vr_little_endian(string name)
    {
        var sample = Samples[name];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, sample.InstanceRoute, "multipart/related; type=\"application/dicom\"");
        var part = Assert.Single(await RetrieveHttp.ReadPartsAsync(response));
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian.Uid, part.ContentType!.GetParameter("transfer-syntax"));
        var received = DicomFile.Read(part.Body);
        using var sent = DicomFile.Open(sample.Path);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, received.TransferSyntax);
        Assert.Equal(sent.Dataset.GetString(DicomTags.PatientName), received.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal(
            Dicom.Pixels.DicomFrames.GetFrame(sent.Dataset, 1).ToArray(),
            Dicom.Pixels.DicomFrames.GetFrame(received.Dataset, 1).ToArray());
    }

    [SkippableTheory]
    [InlineData("rgb256_ImplicitVRLittleEndian")]
    [InlineData("rgb256_ExplicitVRBigEndian")]
    [InlineData("ot636x434_DeflatedExplicitVRLE")]
    [InlineData("case1_008_MR_ImplicitVRLE_sequences")]
    public async Task Dcmdump_reads_every_transcoded_instance_without_warnings(string name)
    {
        var dcmdump = Peers.Require("dcmdump", "apt-get install dcmtk");
        using var client = fixture.Server.Client(options: new DicomWebClientOptions { TransferSyntax = TransferSyntax.ExplicitVRLittleEndian.Uid });
        var sample = Samples[name];
        var path = Path.Combine(fixture.Server.DataDirectory, $"received-{name}.dcm");
        await foreach (var part in client.RetrieveInstanceStreamAsync(sample.Study, sample.Series, sample.Instance))
        {
            await part.SaveAsync(path);
        }
        var dump = await ProcessRunner.RunAsync(dcmdump, ["-dc", path], TimeSpan.FromMinutes(1));
        Assert.Equal(0, dump.ExitCode);
        Assert.Equal("", dump.StandardError.Trim());
        Assert.Contains("(0002,0010) UI =LittleEndianExplicit", dump.StandardOutput);
    }

    [Fact]
    public async Task Compressed_instance_cannot_be_produced_in_explicit_vr_little_endian()
    {
        var sample = Samples["layer1_SM_JPEGBaseline_sequences"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, sample.InstanceRoute, RetrieveHttp.MultipartDicomExplicit);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Compressed_instance_is_served_as_stored_when_a_later_range_allows_it()
    {
        var sample = Samples["layer1_SM_JPEGBaseline_sequences"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, sample.InstanceRoute,
            RetrieveHttp.MultipartDicomExplicit + ", " + RetrieveHttp.MultipartDicomAny + "; q=0.5");
        var part = Assert.Single(await RetrieveHttp.ReadPartsAsync(response));
        Assert.Equal(TransferSyntax.JPEGBaseline8Bit.Uid, part.ContentType!.GetParameter("transfer-syntax"));
        AssertSameFile(sample.Path, part.Body);
    }

    [Fact]
    public async Task Study_as_single_part_application_dicom_is_not_acceptable()
    {
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"studies/{RetrieveSamples.WalkThroughStudy}", "application/dicom");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Missing_study_series_and_instance_are_not_found()
    {
        var red = Samples["red-triangle"];
        foreach (var path in new[]
        {
            "studies/1.2.3.999",
            $"studies/{red.Study}/series/1.2.3.999",
            $"studies/{red.Study}/series/{red.Series}/instances/1.2.3.999",
        })
        {
            using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, path, RetrieveHttp.MultipartDicomAny);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("studies/1.2.3_4")]
    [InlineData("studies/1.2..3/series/1.2")]
    [InlineData("studies/1.2/series/1.2%2F3/instances/1.2")]
    public async Task A_route_uid_outside_the_uid_syntax_is_a_bad_request(string path)
    {
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, path, RetrieveHttp.MultipartDicomAny);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // The store zeroes the preamble; everything after it is the file as sent.
    private static void AssertSameFile(string sentPath, byte[] received)
    {
        var sent = File.ReadAllBytes(sentPath);
        Assert.Equal(sent.Length, received.Length);
        Assert.True(received.AsSpan(0, 128).IndexOfAnyExcept((byte)0) < 0, "The preamble is not zeroed.");
        Assert.True(sent.AsSpan(128).SequenceEqual(received.AsSpan(128)), "The bytes after the preamble differ from the file stored.");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using DicomTyped.Http;
using DicomTyped.Server.Tests.Support;
using SkiaSharp;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// <see cref="DicomWebClient"/>'s retrieve transactions against the embedded server holding the walk-through's three
/// files: instances streamed and as files, metadata with its ETag and 304, frames and rendered images.
/// </summary>
public sealed class ClientRetrieveTests(WalkThroughServer walkThrough) : IClassFixture<WalkThroughServer>
{
    private static CancellationToken Ct => CancellationToken.None;

    private const string Study = TestInstances.Study;
    private const string Shared = TestInstances.SharedSeries;
    private const string Red = TestInstances.RedTriangle;

    private DicomWebClient Client(DicomWebClientOptions? options = null) => walkThrough.Server.Client(options: options);

    [Fact]
    public async Task The_study_streamed_is_each_stored_file_byte_for_byte()
    {
        using var client = Client();
        var expected = new[] { "blue-circle.dcm", "green-square.dcm", "red-triangle.dcm" }
            .ToDictionary(name => Sop(TestInstances.Dcm(name)), name => File.ReadAllBytes(TestInstances.Dcm(name)));
        var received = new Dictionary<string, byte[]>();
        await foreach (var part in client.RetrieveStudyInstancesAsync(Study, Ct))
        {
            using var copy = new MemoryStream();
            await part.CopyToAsync(copy, Ct);
            // transfer-syntax=* (the client's default) serves what is stored, preamble zeroed on store.
            using var file = DicomFile.Read(new MemoryStream(copy.ToArray()));
            received[file.Dataset.GetUid(DicomTags.SOPInstanceUID)!] = copy.ToArray()[128..];
        }
        Assert.Equal(expected.Keys.Order(), received.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value[128..], received[e.Key]));
    }

    [Fact]
    public async Task The_study_as_files_has_the_walk_through_patient_in_each_instance()
    {
        using var client = Client();
        var sops = new List<string?>();
        await foreach (var file in client.RetrieveStudyAsync(Study, cancellationToken: Ct))
        {
            using (file)
            {
                Assert.Equal("Anony Mous", file.Dataset.GetString(DicomTags.PatientName));
                sops.Add(file.Dataset.GetUid(DicomTags.SOPInstanceUID));
            }
        }
        Assert.Equal(new[] { TestInstances.BlueCircle, TestInstances.GreenSquare, Red }.Order(), sops.Order());
    }

    [Fact]
    public async Task The_series_as_files_is_only_its_two_instances()
    {
        using var client = Client();
        var sops = new List<string?>();
        await foreach (var file in client.RetrieveSeriesAsync(Study, Shared, cancellationToken: Ct))
        {
            using (file)
            {
                sops.Add(file.Dataset.GetUid(DicomTags.SOPInstanceUID));
            }
        }
        Assert.Equal(new[] { TestInstances.GreenSquare, Red }.Order(), sops.Order());
    }

    [Fact]
    public async Task The_series_streamed_names_each_part_by_media_type_and_location()
    {
        using var client = Client();
        var locations = new List<string?>();
        await foreach (var part in client.RetrieveSeriesInstancesAsync(Study, Shared, Ct))
        {
            Assert.Equal("application/dicom", part.MediaType);
            locations.Add(part.ContentLocation);
        }
        Assert.Equal(2, locations.Count);
        Assert.All(locations, l => Assert.Contains($"/studies/{Study}/series/{Shared}/instances/", l));
    }

    [Fact]
    public async Task The_instance_as_a_file_is_the_one_asked_for()
    {
        using var client = Client();
        using var file = await client.RetrieveInstanceAsync(Study, Shared, Red, cancellationToken: Ct);
        Assert.Equal(Red, file.Dataset.GetUid(DicomTags.SOPInstanceUID));
        Assert.Equal(Shared, file.Dataset.GetUid(DicomTags.SeriesInstanceUID));
    }

    [Fact]
    public async Task The_instance_streamed_is_one_part()
    {
        using var client = Client();
        var parts = 0;
        await foreach (var part in client.RetrieveInstanceStreamAsync(Study, Shared, Red, Ct))
        {
            parts++;
            using var file = await part.ReadFileAsync(cancellationToken: Ct);
            Assert.Equal(Red, file.Dataset.GetUid(DicomTags.SOPInstanceUID));
        }
        Assert.Equal(1, parts);
    }

    [Fact]
    public async Task The_instance_asked_for_as_a_single_part_comes_as_application_dicom()
    {
        var recorder = new RecordingHandler();
        using var client = walkThrough.Client(recorder, new DicomWebClientOptions { RetrieveInstanceAsSinglePart = true });
        using var file = await client.RetrieveInstanceAsync(Study, Shared, Red, cancellationToken: Ct);
        Assert.Equal(Red, file.Dataset.GetUid(DicomTags.SOPInstanceUID));
        var exchange = Assert.Single(recorder.Exchanges);
        Assert.Equal("application/dicom; transfer-syntax=*", exchange.Accept);
        Assert.Equal("application/dicom", exchange.ResponseMediaType);
    }

    [Fact]
    public async Task Study_metadata_is_one_typed_record_per_instance_with_an_etag()
    {
        using var client = Client();
        var metadata = await client.RetrieveStudyMetadataAsync<AzureV2.InstanceMetadata>(Study, cancellationToken: Ct);
        Assert.False(metadata.NotModified);
        Assert.False(string.IsNullOrEmpty(metadata.ETag));
        Assert.Equal(new[] { TestInstances.BlueCircle, TestInstances.GreenSquare, Red }.Order(), metadata.Items.Select(i => i.SOPInstanceUID).Order());
    }

    [Fact]
    public async Task Study_metadata_asked_again_with_its_etag_is_not_modified_and_empty()
    {
        var recorder = new RecordingHandler();
        using var client = walkThrough.Client(recorder);
        var first = await client.RetrieveStudyMetadataAsync<AzureV2.InstanceMetadata>(Study, cancellationToken: Ct);
        var second = await client.RetrieveStudyMetadataAsync<AzureV2.InstanceMetadata>(Study, first.ETag, Ct);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, recorder.Exchanges[1].Status);
        Assert.True(second.NotModified);
        Assert.Empty(second.Items);
        Assert.Equal(first.ETag, second.ETag);
    }

    [Fact]
    public async Task Series_and_instance_metadata_are_data_sets_without_pixel_data()
    {
        using var client = Client();
        var series = await client.RetrieveSeriesMetadataAsync(Study, Shared, cancellationToken: Ct);
        Assert.Equal(2, series.Items.Count);
        var instance = Assert.Single((await client.RetrieveInstanceMetadataAsync(Study, Shared, Red, cancellationToken: Ct)).Items);
        Assert.Equal(Red, instance.GetUid(DicomTags.SOPInstanceUID));
        Assert.False(instance.Contains(DicomTags.PixelData));
    }

    [Fact]
    public async Task Frame_1_is_the_stored_frame_byte_for_byte()
    {
        using var client = Client();
        var frame = await client.RetrieveFrameAsync(Study, Shared, Red, 1, Ct);
        using var file = DicomFile.Open(TestInstances.Dcm("red-triangle.dcm"));
        // 979 rows x 985 columns x 3 samples x 8 bits.
        Assert.Equal(2_892_945, frame.Data.Length);
        Assert.True(DicomFrames.GetFrame(file.Dataset, 1).Span.SequenceEqual(frame.Data.Span), "frame 1 differs from the stored pixel data");
        Assert.Equal(1, frame.Number);
    }

    [Fact]
    public async Task The_rendered_instance_as_png_is_the_image_at_its_size_with_its_pixels()
    {
        using var client = Client();
        var rendered = await client.RetrieveRenderedInstanceAsync(Study, Shared, Red, RenderedFormat.Png, cancellationToken: Ct);
        Assert.Equal("image/png", rendered.MediaType);
        using var image = SKBitmap.Decode(rendered.Data.ToArray());
        Assert.Equal((985, 979), (image.Width, image.Height));
        using var file = DicomFile.Open(TestInstances.Dcm("red-triangle.dcm"));
        var pixels = DicomFrames.GetFrame(file.Dataset, 1).Span;
        var (x, y) = (492, 489);
        var at = (y * 985 + x) * 3;
        var pixel = image.GetPixel(x, y);
        Assert.Equal((pixels[at], pixels[at + 1], pixels[at + 2]), (pixel.Red, pixel.Green, pixel.Blue));
    }

    [Fact]
    public async Task The_rendered_frame_as_jpeg_is_a_jpeg_of_the_frame_size()
    {
        using var client = Client();
        var rendered = await client.RetrieveRenderedFrameAsync(Study, Shared, Red, 1, RenderedFormat.Jpeg, quality: 80, Ct);
        Assert.Equal("image/jpeg", rendered.MediaType);
        using var image = SKBitmap.Decode(rendered.Data.ToArray());
        Assert.Equal((985, 979), (image.Width, image.Height));
    }

    [Fact]
    public async Task An_instance_that_is_not_there_is_the_clients_not_found_exception()
    {
        using var client = Client();
        var missing = await Assert.ThrowsAsync<DicomWebNotFoundException>(() => client.RetrieveInstanceAsync(Study, Shared, "1.2.3.4.5", cancellationToken: Ct));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static string Sop(string path)
    {
        using var file = DicomFile.Open(path);
        return file.Dataset.GetUid(DicomTags.SOPInstanceUID)!;
    }
}

using System;
using System.Net;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using SkiaSharp;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>WADO-RS rendered and thumbnail resources, decoded back with SkiaSharp.</summary>
public sealed class RenderedRetrieveTests(StoredSamplesFixture fixture) : IClassFixture<StoredSamplesFixture>
{
    [Fact]
    public async Task Rendered_png_of_native_rgb_keeps_size_and_pixels()
    {
        var sample = fixture.Samples["rgb256_ExplicitVRLittleEndian"];
        using var image = await RenderAsync($"{sample.InstanceRoute}/rendered", "image/png", "image/png");
        Assert.Equal((256, 256), (image.Width, image.Height));
        using var file = DicomFile.Open(sample.Path);
        var frame = DicomFrames.GetFrame(file.Dataset, 1).Span;
        // PNG is lossless and 8-bit RGB needs no window: every pixel is the stored one.
        foreach (var (x, y) in new[] { (0, 0), (128, 128), (255, 10), (37, 200) })
        {
            var at = (y * 256 + x) * 3;
            var pixel = image.GetPixel(x, y);
            Assert.Equal((frame[at], frame[at + 1], frame[at + 2]), (pixel.Red, pixel.Green, pixel.Blue));
        }
    }

    [Fact]
    public async Task Rendered_jpeg_of_16_bit_greyscale_uses_the_full_grey_range()
    {
        var sample = fixture.Samples["case1_008_MR_ImplicitVRLE_sequences"];
        using var image = await RenderAsync($"{sample.InstanceRoute}/rendered?quality=90", null, "image/jpeg");
        Assert.Equal((512, 512), (image.Width, image.Height));
        var (min, max) = GreyRange(image);
        Assert.True(min < 30 && max > 200, $"grey values {min}..{max} do not span the window");
    }

    [Fact]
    public async Task Rendered_16_bit_frame_without_a_window_spans_its_minimum_to_maximum()
    {
        // The multi-frame native sample states no Window Center/Width: its frame's lowest value is black, its highest white.
        var sample = fixture.Samples["multiframe-native"];
        using var image = await RenderAsync($"{sample.InstanceRoute}/frames/2/rendered", "image/png", "image/png");
        Assert.Equal((5, 4), (image.Width, image.Height));
        int min = 255, max = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                min = Math.Min(min, image.GetPixel(x, y).Red);
                max = Math.Max(max, image.GetPixel(x, y).Red);
            }
        }
        Assert.Equal((0, 255), (min, max));
    }

    [Fact]
    public async Task Rendered_frame_of_jpeg_baseline_is_decoded()
    {
        var sample = fixture.Samples["multiframe-jpeg"];
        using var image = await RenderAsync($"{sample.InstanceRoute}/frames/2/rendered", "image/jpeg", "image/jpeg");
        using var file = DicomFile.Open(sample.Path, new DicomReadOptions { StopBeforePixelData = true });
        Assert.Equal((file.Dataset.GetValue<int>(DicomTags.Columns), file.Dataset.GetValue<int>(DicomTags.Rows)), (image.Width, image.Height));
        var (min, max) = GreyRange(image);
        Assert.True(max > min, "the decoded frame is uniform");
    }

    [Fact]
    public async Task Thumbnail_is_scaled_down_keeping_the_aspect_ratio()
    {
        var sample = fixture.Samples["ot636x434_DeflatedExplicitVRLE"];
        using var image = await RenderAsync($"{sample.InstanceRoute}/thumbnail", "image/png", "image/png");
        Assert.Equal(200, image.Width);
        Assert.Equal(Math.Round(434 * 200 / 636.0), image.Height);
    }

    [Fact]
    public async Task Lower_quality_makes_a_smaller_jpeg()
    {
        var sample = fixture.Samples["blue-circle"];
        using var best = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/rendered", "image/jpeg");
        using var low = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/rendered?quality=10", "image/jpeg");
        Assert.True((await low.Content.ReadAsByteArrayAsync()).Length < (await best.Content.ReadAsByteArrayAsync()).Length);
    }

    [Theory]
    [InlineData("rendered?quality=0", "image/jpeg", HttpStatusCode.BadRequest)]
    [InlineData("rendered?quality=101", "image/jpeg", HttpStatusCode.BadRequest)]
    [InlineData("rendered", "image/gif", HttpStatusCode.NotAcceptable)]
    [InlineData("frames/2/rendered", "image/jpeg", HttpStatusCode.NotFound)]
    [InlineData("frames/0/rendered", "image/jpeg", HttpStatusCode.BadRequest)]
    public async Task Bad_rendered_requests_are_refused(string resource, string accept, HttpStatusCode expected)
    {
        var sample = fixture.Samples["rgb256_ExplicitVRLittleEndian"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/{resource}", accept);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Rendered_without_pixel_data_is_not_found()
    {
        var sample = fixture.Samples["no-pixel-data"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/rendered", "image/jpeg");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Rendered_jpeg_2000_has_no_decoder_here_and_is_not_acceptable()
    {
        var sample = fixture.Samples["rgb256_JPEG2000Lossless"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"{sample.InstanceRoute}/rendered", "image/jpeg");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    private async Task<SKBitmap> RenderAsync(string path, string? accept, string expectedType)
    {
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, path, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType!.MediaType);
        return SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync()) ?? throw new Xunit.Sdk.XunitException("The image does not decode.");
    }

    private static (int Min, int Max) GreyRange(SKBitmap image)
    {
        int min = 255, max = 0;
        for (var y = 0; y < image.Height; y += 4)
        {
            for (var x = 0; x < image.Width; x += 4)
            {
                var c = image.GetPixel(x, y);
                var grey = (c.Red + c.Green + c.Blue) / 3;
                min = Math.Min(min, grey);
                max = Math.Max(max, grey);
            }
        }
        return (min, max);
    }
}

using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using SkiaSharp;
using Xunit;

namespace DicomTyped.Cli.Tests.StoreRetrieve;

/// <summary>
/// <c>dicomweb metadata</c>, <c>frames</c> and <c>rendered</c> against Orthanc's DICOMweb plugin (a peer: skipped
/// without it locally, failed with CI=true), each test starting from an Orthanc holding only red-triangle.dcm.
/// </summary>
public sealed class OrthancMetadataFramesRenderedTests(OrthancProcess orthanc) : IClassFixture<OrthancProcess>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [SkippableFact]
    public async Task Metadata_of_an_instance_in_Orthanc_prints_DICOM_JSON_naming_its_SOP_Instance_UID()
    {
        await StoreRedTriangleAsync();

        var result = await DicomWebProgram.RunAsync(["metadata", "instance", SampleFolder.Study, SampleFolder.SeriesOfGreenAndRed, SampleFolder.Red, "--url", orthanc.BaseAddress.ToString()], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var instance = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(SampleFolder.Red, instance.GetProperty("00080018").GetProperty("Value")[0].GetString());
    }

    [SkippableFact]
    public async Task Frames_from_Orthanc_saves_frame_1_as_one_native_frame_of_rows_by_columns_by_3_bytes()
    {
        await StoreRedTriangleAsync();
        using var scratch = new SampleFolder();
        var output = scratch.Scratch("frames");

        var result = await DicomWebProgram.RunAsync(["frames", SampleFolder.Study, SampleFolder.SeriesOfGreenAndRed, SampleFolder.Red, "--frame", "1", "--output", output, "--url", orthanc.BaseAddress.ToString()], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        // 979 rows × 985 columns × 3 samples × 8 bits.
        Assert.Equal(979L * 985 * 3, new FileInfo(Path.Combine(output, SampleFolder.Red + ".frame-1.raw")).Length);
    }

    [SkippableFact]
    public async Task Rendered_as_png_from_Orthanc_saves_a_picture_that_decodes_at_the_instance_size()
    {
        await StoreRedTriangleAsync();
        using var scratch = new SampleFolder();
        var file = Path.Combine(scratch.Scratch("rendered"), "red.png");

        var result = await DicomWebProgram.RunAsync(["rendered", SampleFolder.Study, SampleFolder.SeriesOfGreenAndRed, SampleFolder.Red, "--format", "png", "--output", file, "--url", orthanc.BaseAddress.ToString()], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var bitmap = SKBitmap.Decode(file);
        Assert.NotNull(bitmap);
        Assert.Equal((985, 979), (bitmap.Width, bitmap.Height));
    }

    private async Task StoreRedTriangleAsync()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync();
        await orthanc.StoreAsync(Paths.Dcm("red-triangle.dcm"));
    }
}

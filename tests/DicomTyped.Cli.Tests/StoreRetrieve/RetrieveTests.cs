using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using SkiaSharp;
using Xunit;

namespace DicomTyped.Cli.Tests.StoreRetrieve;

/// <summary><c>dicomweb retrieve</c>, <c>metadata</c>, <c>frames</c> and <c>rendered</c> as real processes against <c>dicomweb serve</c>.</summary>
public sealed class RetrieveTests(StoredSamplesFixture stored) : IClassFixture<StoredSamplesFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private string Url => stored.Serve.BaseAddress.ToString();

    [Fact]
    public async Task Retrieve_study_writes_each_instance_as_its_SOP_Instance_UID_with_the_bytes_stored()
    {
        using var scratch = new SampleFolder();
        var output = scratch.Scratch("retrieved");

        var result = await DicomWebProgram.RunAsync(["retrieve", "study", SampleFolder.Study, "--output", output, "--url", Url], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            new[] { SampleFolder.Blue, SampleFolder.Green, SampleFolder.Red }.Select(uid => uid + ".dcm").Order(StringComparer.Ordinal),
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Paths.Dcms, "red-triangle.dcm")), File.ReadAllBytes(Path.Combine(output, SampleFolder.Red + ".dcm")));
    }

    [Fact]
    public async Task Retrieve_series_writes_only_the_instances_of_that_series()
    {
        using var scratch = new SampleFolder();
        var output = scratch.Scratch("retrieved");

        var result = await DicomWebProgram.RunAsync(["retrieve", "series", SampleFolder.Study, SampleFolder.SeriesOfGreenAndRed, "-o", output, "--url", Url], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            new[] { SampleFolder.Green + ".dcm", SampleFolder.Red + ".dcm" }.Order(StringComparer.Ordinal),
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Retrieve_of_a_study_the_server_does_not_have_fails_with_one_line()
    {
        using var scratch = new SampleFolder();

        var result = await DicomWebProgram.RunAsync(["retrieve", "study", "1.2.3.999", "--output", scratch.Scratch("none"), "--url", Url], Timeout);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dicomweb: ", line);
        Assert.Contains("404", line);
    }

    [Fact]
    public async Task Metadata_of_an_instance_prints_DICOM_JSON_naming_its_SOP_Instance_UID()
    {
        var result = await DicomWebProgram.RunAsync(["metadata", "instance", SampleFolder.Study, SampleFolder.SeriesOfGreenAndRed, SampleFolder.Red, "--url", Url], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var instance = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(SampleFolder.Red, instance.GetProperty("00080018").GetProperty("Value")[0].GetString());
    }

    [Fact]
    public async Task Metadata_of_a_study_to_a_file_holds_one_data_set_per_instance()
    {
        using var scratch = new SampleFolder();
        var file = Path.Combine(scratch.Scratch("metadata"), "study.json");

        var result = await DicomWebProgram.RunAsync(["metadata", "study", SampleFolder.Study, "--output", file, "--url", Url], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        Assert.Equal(3, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Frames_saves_frame_1_as_one_native_frame_of_rows_by_columns_by_3_bytes()
    {
        using var scratch = new SampleFolder();
        var output = scratch.Scratch("frames");

        var result = await DicomWebProgram.RunAsync(["frames", SampleFolder.Study, SampleFolder.SeriesOfGreenAndRed, SampleFolder.Red, "--frame", "1", "--output", output, "--url", Url], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        // 979 rows × 985 columns × 3 samples × 8 bits.
        Assert.Equal(979L * 985 * 3, new FileInfo(Path.Combine(output, SampleFolder.Red + ".frame-1.raw")).Length);
    }

    [Fact]
    public async Task Rendered_as_png_saves_a_picture_that_decodes_at_the_instance_size()
    {
        using var scratch = new SampleFolder();
        var file = Path.Combine(scratch.Scratch("rendered"), "red.png");

        var result = await DicomWebProgram.RunAsync(["rendered", SampleFolder.Study, SampleFolder.SeriesOfGreenAndRed, SampleFolder.Red, "--format", "png", "--output", file, "--url", Url], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var bitmap = SKBitmap.Decode(file);
        Assert.NotNull(bitmap);
        Assert.Equal((985, 979), (bitmap.Width, bitmap.Height));
    }
}

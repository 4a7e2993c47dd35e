using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using DicomTyped.Client;
using Xunit;

namespace DicomTyped.Cli.Tests.StoreRetrieve;

/// <summary><c>dicomweb store</c> as a real process against <c>dicomweb serve</c> (the embedded server).</summary>
public sealed class StoreTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Store_of_a_folder_stores_every_file_in_it_and_its_subfolders()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();

        var result = await DicomWebProgram.RunAsync(["store", samples.Path, "--url", serve.BaseAddress.ToString(), "--batch", "2"], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Stored: 3 ", result.StandardOutput);
        Assert.Contains("Failed: 0", result.StandardOutput);
        using var client = DicomWebClient.Create(serve.BaseAddress);
        var metadata = await client.RetrieveStudyMetadataAsync(SampleFolder.Study);
        Assert.Equal(3, metadata.Items.Count);
    }

    [Fact]
    public async Task Store_with_resume_a_second_time_skips_every_file_the_first_run_recorded()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();
        var manifest = Path.Combine(samples.Scratch("manifest"), "stored.jsonl");
        string[] arguments = ["store", samples.Path, "--url", serve.BaseAddress.ToString(), "--resume", manifest];

        var first = await DicomWebProgram.RunAsync(arguments, Timeout);
        var second = await DicomWebProgram.RunAsync(arguments, Timeout);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Stored: 0 ", second.StandardOutput);
        Assert.Contains("Skipped (recorded as stored by the manifest): 3", second.StandardOutput);
    }

    [Fact]
    public async Task Store_of_a_non_DICOM_file_reports_it_failed_with_the_reason_and_exits_1()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();
        var notDicom = Path.Combine(samples.Path, "a", "notes.txt");
        await File.WriteAllTextAsync(notDicom, "not a DICOM file at all");

        var result = await DicomWebProgram.RunAsync(["store", samples.Path, "--url", serve.BaseAddress.ToString()], Timeout);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Stored: 3 ", result.StandardOutput);
        Assert.Contains("Failed: 1", result.StandardOutput);
        Assert.Contains($"failed  {notDicom}: not a readable DICOM file", result.StandardOutput);
        Assert.Contains("dicomweb: 1 of 4 files were not stored", result.StandardError);
    }

    [Fact]
    public async Task Store_of_instances_the_server_has_reports_them_already_present_not_failed()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();
        var first = await DicomWebProgram.RunAsync(["store", samples.Path, "--url", serve.BaseAddress.ToString()], Timeout);
        Assert.True(first.ExitCode == 0, first.ToString());

        var again = await DicomWebProgram.RunAsync(["store", samples.Path, "--url", serve.BaseAddress.ToString()], Timeout);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Already present: 3", again.StandardOutput);
        Assert.Contains("Failed: 0", again.StandardOutput);
    }

    [Fact]
    public async Task Store_of_two_files_of_one_instance_in_one_request_reports_one_stored_and_one_already_present()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();
        var folder = Path.Combine(samples.Path, "a");
        File.Copy(Path.Combine(folder, "blue-circle.dcm"), Path.Combine(folder, "blue-circle-copy.dcm"));

        var result = await DicomWebProgram.RunAsync(["store", folder, "--url", serve.BaseAddress.ToString(), "--batch", "2"], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Stored: 1 ", result.StandardOutput);
        Assert.Contains("Already present: 1", result.StandardOutput);
    }

    [Fact]
    public async Task Store_with_an_exclude_glob_leaves_out_the_files_it_matches()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();

        var result = await DicomWebProgram.RunAsync(["store", samples.Path, "--url", serve.BaseAddress.ToString(), "--include", "**/*.dcm", "--exclude", "b/**"], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Stored: 1 ", result.StandardOutput);
    }

    [Fact]
    public async Task Store_into_another_study_fails_each_instance_with_the_mismatch_in_words()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();

        var result = await DicomWebProgram.RunAsync(["store", Path.Combine(samples.Path, "a"), "--url", serve.BaseAddress.ToString(), "--study", "1.2.3.4.5"], Timeout);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("its Study Instance UID is not the study it was stored into (43265, 0xA901)", result.StandardOutput);
    }

    [Fact]
    public async Task Store_with_resume_after_a_torn_manifest_line_records_every_new_file_on_a_line_of_its_own()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var samples = new SampleFolder();
        var manifest = Path.Combine(samples.Scratch("manifest"), "stored.jsonl");
        var blue = new FileInfo(Path.Combine(samples.Path, "a", "blue-circle.dcm"));
        // A run that crashed while appending: one whole record, then half a line.
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new { path = blue.FullName, length = blue.Length }) + "\n{\"path\":\"/tor");

        var result = await DicomWebProgram.RunAsync(["store", samples.Path, "--url", serve.BaseAddress.ToString(), "--resume", manifest], Timeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Skipped (recorded as stored by the manifest): 1", result.StandardOutput);
        var recorded = File.ReadAllLines(manifest).Where(IsJsonObject).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()).ToList();
        Assert.Equal(3, recorded.Distinct().Count());
    }

    [Fact]
    public async Task Store_retries_a_request_answered_503_before_reporting_it_failed()
    {
        await using var failing = new FailingHttpServer(503);
        using var samples = new SampleFolder();

        var result = await DicomWebProgram.RunAsync(["store", Path.Combine(samples.Path, "a"), "--url", failing.BaseAddress.ToString(), "--retries", "2"], Timeout);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, failing.Requests);
        Assert.Contains("the request failed:", result.StandardOutput);
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

using System.Linq;
using System.Text.RegularExpressions;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests;

/// <summary><c>dicomweb tutorial</c> against the embedded server, as the README's main command runs it.</summary>
public sealed class TutorialTests(TutorialRunFixture run) : IClassFixture<TutorialRunFixture>
{
    private const string Blue = "1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114";
    private const string Green = "1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212";
    private const string Red = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395";

    private string Output => run.Result.StandardOutput;

    [Fact]
    public void Every_step_passes_and_the_program_exits_zero()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Assert.Contains("All 22 steps passed.", Output);
        Assert.Equal("", run.Result.StandardError);
    }

    [Fact]
    public void The_study_retrieve_prints_patient_name_and_uid_of_each_of_the_three_instances()
    {
        var study = Step("Retrieve the study");
        foreach (var uid in new[] { Blue, Green, Red })
        {
            Assert.Contains($"PatientName Anony Mous, SOPInstanceUID {uid}", study);
        }
        Assert.Contains("ok   instances in the study: 3, the expected ones", study);
    }

    [Fact]
    public void The_series_retrieve_checks_two_instances()
    {
        Assert.Contains("ok   instances in the series: 2, the expected ones", Step("Retrieve the series of green-square and red-triangle"));
    }

    [Fact]
    public void The_single_part_re_upload_is_a_409_with_failure_reason_45070()
    {
        var step = Step("Store blue-circle again as a single application/dicom body");
        Assert.Contains("POST /v2/studies  (application/dicom) -> 409", step);
        Assert.Contains("ok   status 409 Conflict", step);
        Assert.Contains("ok   FailureReason of blue-circle: 45070", step);
    }

    [Fact]
    public void The_frame_is_the_size_of_one_native_frame()
    {
        // 979 rows × 985 columns × 3 samples × 8 bits.
        Assert.Contains("ok   frame size 2,892,945 bytes", Step("Retrieve frame 1 of red-triangle"));
    }

    [Fact]
    public void Each_of_the_six_searches_finds_one_match()
    {
        var searches = Steps().Where(s => s.Title.StartsWith("Search ")).ToArray();
        Assert.Equal(6, searches.Length);
        Assert.All(searches, s => Assert.Contains("ok   1 match, ", s.Body));
    }

    [Fact]
    public void The_three_deletes_answer_204_and_what_follows_404()
    {
        foreach (var title in new[] { "Delete one instance (red-triangle)", "Delete the series (green-square is the last in it)", "Delete the study" })
        {
            Assert.Contains("ok   status 204 No Content", Step(title));
        }
        Assert.Contains("ok   status 404 Not Found", Step("Delete the study again"));
        Assert.Contains("ok   404 Not Found: the study is gone", Step("Retrieve the deleted study's metadata"));
    }

    [Fact]
    public void Redirected_output_is_plain_text()
    {
        Assert.DoesNotContain('\u001b', Output);
        Assert.DoesNotContain('✔', Output);
    }

    [Fact]
    public void The_temporary_data_folder_is_removed_afterwards()
    {
        Assert.Empty(run.LeftBehind);
    }

    private string Step(string title) => Steps().Single(s => s.Title == title).Body;

    // Steps are printed as "[n/22] Title" followed by indented lines.
    private (string Title, string Body)[] Steps() =>
        Regex.Matches(Output, @"^\[\d+/\d+\] (?<title>.+?)\r?\n(?<body>(?:  .*\r?\n?)*)", RegexOptions.Multiline)
            .Select(m => (m.Groups["title"].Value, m.Groups["body"].Value))
            .ToArray();
}

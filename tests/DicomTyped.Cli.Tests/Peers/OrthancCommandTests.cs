using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests.Peers;

/// <summary>
/// <c>dicomweb search</c>, <c>delete</c> and <c>changefeed</c> against Orthanc with its DICOMweb plugin (root /dicom-web/),
/// holding the walk-through's three instances. Orthanc answers DICOMweb DELETE with 405 and has no change feed: the
/// command says so in one line and exits 1. With CI=true a missing Orthanc fails.
/// </summary>
public sealed class OrthancCommandTests(OrthancProcess orthanc) : IClassFixture<OrthancProcess>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (orthanc.StartFailure is null)
        {
            await orthanc.StoreAsync([.. ServedSamples.Files.Select(Paths.Dcm)]);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<ProcessResult> RunAsync(params string[] arguments) => Dicomweb.RunAsync([.. arguments, "--url", orthanc.BaseAddress.ToString()]);

    [SkippableFact]
    public async Task Search_studies_finds_the_stored_study()
    {
        orthanc.RequireRunning();
        var result = await RunAsync("search", "studies", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("," + ServedSamples.Study, Dicomweb.Lines(result.StandardOutput).Skip(1).Single());
    }

    [SkippableFact]
    public async Task Search_with_the_orthanc_profile_matches_a_wildcard_on_its_instances()
    {
        orthanc.RequireRunning();
        var result = await RunAsync("search", "instances", "--profile", "orthanc", "--filter", "PatientName=Anony*", "--filter", "SeriesInstanceUID=" + ServedSamples.GreenRedSeries, "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { ServedSamples.Green, ServedSamples.Red }.Order(), Dicomweb.Lines(result.StandardOutput).Skip(1).Select(l => l.Split(',')[2]).Order());
    }

    [SkippableFact]
    public async Task Search_all_pages_through_orthanc()
    {
        orthanc.RequireRunning();
        var result = await RunAsync("search", "instances", "--limit", "1", "--all", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(4, Dicomweb.Lines(result.StandardOutput).Length);
    }

    [SkippableFact]
    public async Task Delete_is_refused_by_orthanc_in_one_line_with_exit_code_1()
    {
        orthanc.RequireRunning();
        var result = await RunAsync("delete", "study", ServedSamples.Study);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Dicomweb.Lines(result.StandardError));
        Assert.StartsWith("dicomweb: DICOMweb DELETE /dicom-web/studies/" + ServedSamples.Study, line);
        Assert.Contains("405", line);
    }

    [SkippableFact]
    public async Task Changefeed_on_orthanc_which_has_none_exits_1_in_one_line()
    {
        orthanc.RequireRunning();
        var result = await RunAsync("changefeed");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Dicomweb.Lines(result.StandardError));
        Assert.StartsWith("dicomweb: DICOMweb GET /dicom-web/changefeed", line);
        Assert.Contains("404", line);
    }
}

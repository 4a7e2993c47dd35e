using System;
using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests.Conformance;

/// <summary>
/// Orthanc started for these tests, and two runs of <c>dicomweb conformance</c> against it: with its own profile
/// (<c>--profile orthanc</c>) and with the Azure profile, whose promises Orthanc does not keep.
/// </summary>
public sealed class OrthancConformanceFixture : IAsyncLifetime
{
    private readonly OrthancProcess _orthanc = new();

    internal ConformanceRun? OwnProfile { get; private set; }

    internal ConformanceRun? AzureProfile { get; private set; }

    /// <summary>Studies Orthanc holds after the runs.</summary>
    internal int StudiesLeft { get; private set; }

    public async Task InitializeAsync()
    {
        await _orthanc.InitializeAsync();
        if (_orthanc.StartFailure is not null)
        {
            return;   // each test then skips, or fails under CI=true (RequireOrthanc)
        }
        var url = _orthanc.BaseAddress.ToString();
        OwnProfile = await ConformanceRun.StartAsync("json", "--url", url, "--profile", "orthanc");
        StudiesLeft = System.Text.Json.Nodes.JsonNode.Parse(await _orthanc.Rest.GetStringAsync("studies"))!.AsArray().Count;
        AzureProfile = await ConformanceRun.StartAsync("json", "--url", url, "--profile", "azure-dicom-v2");
    }

    public Task DisposeAsync() => _orthanc.DisposeAsync();

    internal void RequireOrthanc() => _orthanc.RequireRunning();
}

public sealed class OrthancConformanceTests(OrthancConformanceFixture fixture) : IClassFixture<OrthancConformanceFixture>
{
    [SkippableFact]
    public void With_its_own_profile_no_check_fails()
    {
        fixture.RequireOrthanc();
        var run = fixture.OwnProfile!;
        Assert.True(run.Process.ExitCode == 0, run.Process.ToString());
        Assert.DoesNotContain(run.Checks(), c => c.Outcome == "fail");
    }

    [SkippableFact]
    public void Delete_and_the_change_feed_are_reported_not_supported()
    {
        fixture.RequireOrthanc();
        var run = fixture.OwnProfile!;
        Assert.Equal("not-supported", run.Check("delete.study").Outcome);
        Assert.Equal("not-supported", run.Check("changefeed.create").Outcome);
    }

    [SkippableFact]
    public void Says_the_study_it_could_not_remove_and_why()
    {
        fixture.RequireOrthanc();
        var note = Assert.Single(fixture.OwnProfile!.Cleanup());
        Assert.False(note.Removed);
        Assert.Contains("405", note.Detail);
        Assert.Equal(1, fixture.StudiesLeft);
    }

    [SkippableFact]
    public void Judged_by_the_azure_profile_the_duplicate_store_fails_with_expected_and_actual()
    {
        fixture.RequireOrthanc();
        var run = fixture.AzureProfile!;
        var duplicate = run.Check("store.duplicate");
        Assert.Equal("fail", duplicate.Outcome);
        Assert.Contains("409", duplicate.Expected);
        Assert.StartsWith("200", duplicate.Actual);
        Assert.Equal(1, run.Process.ExitCode);
    }
}

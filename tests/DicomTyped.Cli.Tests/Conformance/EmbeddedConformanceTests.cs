using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Query;
using Xunit;

namespace DicomTyped.Cli.Tests.Conformance;

/// <summary>One run of <c>dicomweb conformance --report FILE</c> with no --url: the embedded server, profile azure-dicom-v2.</summary>
public sealed class EmbeddedConformanceFixture : IAsyncLifetime
{
    internal ConformanceRun Run { get; private set; } = null!;

    public async Task InitializeAsync() => Run = await ConformanceRun.StartAsync("json");

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class EmbeddedConformanceTests(EmbeddedConformanceFixture fixture) : IClassFixture<EmbeddedConformanceFixture>
{
    private ConformanceRun Run => fixture.Run;

    [Fact]
    public void Exits_zero()
    {
        Assert.True(Run.Process.ExitCode == 0, Run.Process.ToString());
    }

    [Fact]
    public void Every_check_in_the_json_report_passes()
    {
        var notPassed = Run.Checks().Where(c => c.Outcome != "pass").Select(c => $"{c.Id}: {c.Outcome}: expected {c.Expected}; actual {c.Actual}").ToList();
        Assert.True(notPassed.Count == 0, string.Join(Environment.NewLine, notPassed));
    }

    [Fact]
    public void Checks_every_transaction()
    {
        var areas = Run.Checks().Select(c => c.Area).ToHashSet();
        Assert.Equal(["changefeed", "delete", "frames", "metadata", "paging", "rendered", "retrieve", "search", "store"], areas.Order());
    }

    [Fact]
    public void Checks_every_route_attribute_and_matching_kind_of_the_profile()
    {
        var routes = new Dictionary<QidoRoutes, string>
        {
            [QidoRoutes.Studies] = "studies", [QidoRoutes.Series] = "series", [QidoRoutes.Instances] = "instances",
            [QidoRoutes.StudySeries] = "study-series", [QidoRoutes.StudyInstances] = "study-instances", [QidoRoutes.SeriesInstances] = "series-instances",
        };
        var kinds = new Dictionary<QidoMatching, string>
        {
            [QidoMatching.Exact] = "exact", [QidoMatching.Range] = "range", [QidoMatching.Fuzzy] = "fuzzy", [QidoMatching.Wildcard] = "wildcard", [QidoMatching.UidList] = "list",
        };
        var expected = (from rule in DicomTyped.Profiles.AzureDicomV2.QidoSearchRules.Rules.Attributes
                        from route in routes where (rule.SearchableOn & route.Key) != 0
                        from kind in kinds where (rule.Matching & kind.Key) != 0
                        select $"search.{route.Value}.{rule.Keyword}.{kind.Value}").ToList();
        var ids = Run.Checks().Select(c => c.Id).ToHashSet();
        var missing = expected.Where(id => !ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "no check for " + string.Join(", ", missing));
    }

    [Fact]
    public void Removes_the_study_it_stored()
    {
        var note = Assert.Single(Run.Cleanup());
        Assert.True(note.Removed, note.Detail);
    }

    [Fact]
    public void Prints_a_row_per_check_with_its_result()
    {
        foreach (var check in Run.Checks())
        {
            Assert.Matches($@"(?m)^{check.Outcome}\s+{System.Text.RegularExpressions.Regex.Escape(check.Id)}\s", Run.Process.StandardOutput);
        }
    }
}

public sealed class ConformanceArgumentTests
{
    [Fact]
    public async Task An_unknown_profile_is_one_line_and_exit_code_1()
    {
        var result = await Support.DicomWebProgram.RunAsync(["conformance", "--profile", "no-such-profile"], TimeSpan.FromMinutes(1));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: --profile 'no-such-profile' is neither a built-in profile (azure-dicom-v2, orthanc, dicomweb) nor an existing .profile file.", result.StandardError.Trim());
    }
}

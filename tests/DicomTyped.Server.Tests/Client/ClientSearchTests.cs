using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;
using Qido = DicomTyped.Profiles.AzureDicomV2.Qido;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// <see cref="DicomTyped.Client.DicomWebClient"/>'s search with the azure-dicom-v2 profile's typed builders on each of
/// the six routes, and its paging by the server's <c>Warning: 299</c> count of what remains, against the embedded server
/// holding the walk-through's three files.
/// </summary>
public sealed class ClientSearchTests(WalkThroughServer walkThrough) : IClassFixture<WalkThroughServer>
{
    private static CancellationToken Ct => CancellationToken.None;

    private const string Study = TestInstances.Study;

    [Fact]
    public async Task Studies_by_patient_name_fuzzy_finds_the_study()
    {
        using var client = walkThrough.Server.Client();
        var match = Assert.Single((await client.SearchAsync(Qido.Studies().PatientNameFuzzy("mous"), Ct)).Items);
        Assert.Equal(Study, match.StudyInstanceUID);
    }

    [Fact]
    public async Task Series_by_study_uid_finds_its_two_series()
    {
        using var client = walkThrough.Server.Client();
        var page = await client.SearchAsync(Qido.Series().StudyInstanceUID(Study), Ct);
        Assert.Equal(new[] { TestInstances.BlueSeries, TestInstances.SharedSeries }.Order(), page.Items.Select(s => s.SeriesInstanceUID).Order());
    }

    [Fact]
    public async Task Series_of_the_study_by_series_uid_finds_that_series()
    {
        using var client = walkThrough.Server.Client();
        var match = Assert.Single((await client.SearchAsync(Qido.StudySeries(Study).SeriesInstanceUID(TestInstances.BlueSeries), Ct)).Items);
        Assert.Equal(TestInstances.BlueSeries, match.SeriesInstanceUID);
    }

    [Fact]
    public async Task Instances_by_sop_instance_uid_finds_that_instance_with_its_study_and_series()
    {
        using var client = walkThrough.Server.Client();
        var match = Assert.Single((await client.SearchAsync(Qido.Instances().SOPInstanceUID(TestInstances.GreenSquare), Ct)).Items);
        Assert.Equal((Study, TestInstances.SharedSeries), (match.StudyInstanceUID, match.SeriesInstanceUID));
    }

    [Fact]
    public async Task Instances_of_the_study_are_its_three()
    {
        using var client = walkThrough.Server.Client();
        var page = await client.SearchAsync(Qido.StudyInstances(Study), Ct);
        Assert.Equal(new[] { TestInstances.BlueCircle, TestInstances.GreenSquare, TestInstances.RedTriangle }.Order(), page.Items.Select(i => i.SOPInstanceUID).Order());
    }

    [Fact]
    public async Task Instances_of_the_series_by_sop_instance_uid_finds_that_instance()
    {
        using var client = walkThrough.Server.Client();
        var match = Assert.Single((await client.SearchAsync(Qido.SeriesInstances(Study, TestInstances.SharedSeries).SOPInstanceUID(TestInstances.RedTriangle), Ct)).Items);
        Assert.Equal(TestInstances.RedTriangle, match.SOPInstanceUID);
    }

    [Fact]
    public async Task A_page_reports_the_count_the_server_says_remains()
    {
        using var client = walkThrough.Server.Client();
        var page = await client.SearchAsync(Qido.StudyInstances(Study).Limit(1), Ct);
        Assert.Single(page.Items);
        Assert.Equal(2, page.RemainingCount);
        Assert.True(page.HasMore);
        Assert.Equal("299 DicomTyped: There are 2 additional results that can be requested", Assert.Single(page.Warnings));
    }

    [Fact]
    public async Task A_search_without_match_is_an_empty_page_with_nothing_more()
    {
        var recorder = new RecordingHandler();
        using var client = walkThrough.Client(recorder);
        // The untyped overload: a route and its parameters as they go on the wire.
        var page = await client.SearchAsync<DicomTyped.Profiles.AzureDicomV2.InstanceMatch>("instances", [new("SOPInstanceUID", "1.2.3")], Ct);
        Assert.Equal(HttpStatusCode.NoContent, Assert.Single(recorder.Exchanges).Status);
        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task Search_all_reads_every_page_the_warning_299_count_announces()
    {
        var recorder = new RecordingHandler();
        using var client = walkThrough.Client(recorder);
        var sops = new List<string?>();
        await foreach (var match in client.SearchAllAsync(Qido.Instances().PatientNameFuzzy("anony").Limit(1), Ct))
        {
            sops.Add(match.SOPInstanceUID);
        }
        Assert.Equal(new[] { TestInstances.BlueCircle, TestInstances.GreenSquare, TestInstances.RedTriangle }.Order(), sops.Order());
        // PS3.18: the server warns only while more remain, so the page after the last warning (none remain) is not
        // announced as the end, and the client asks once more: 204.
        Assert.Equal(["offset=0", "offset=1", "offset=2", "offset=3"], recorder.Exchanges.Select(e => e.PathAndQuery.Split('&').Single(p => p.StartsWith("offset="))));
        Assert.Equal(
            new[]
            {
                new[] { "299 DicomTyped: There are 2 additional results that can be requested" },
                new[] { "299 DicomTyped: There are 1 additional results that can be requested" },
                [],
                [],
            },
            recorder.Exchanges.Select(e => e.Warnings));
        Assert.Equal(HttpStatusCode.NoContent, recorder.Exchanges[3].Status);
    }
}

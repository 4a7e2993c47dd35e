using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;
using static DicomTyped.Cli.Tests.Support.ServedSamples;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary><c>dicomweb search</c> against <c>dicomweb serve</c> holding the walk-through's three instances.</summary>
public sealed class SearchTests(ServedSamples served) : IClassFixture<ServedSamples>
{
    [Fact]
    public async Task Studies_print_a_header_and_one_tab_separated_row_when_not_on_a_terminal()
    {
        var result = await served.RunAsync("search", "studies");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = Dicomweb.Lines(result.StandardOutput);
        Assert.Equal("PatientName\tPatientID\tStudyDate\tAccessionNumber\tStudyDescription\tModalitiesInStudy\tStudyInstanceUID", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Anony Mous\tID1\t20200922\t", lines[1]);
        Assert.EndsWith("\t" + Study, lines[1]);
    }

    [Fact]
    public async Task Json_prints_a_dicom_json_array_of_every_instance()
    {
        var result = await served.RunAsync("search", "instances", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var uids = json.RootElement.EnumerateArray().Select(m => m.GetProperty("00080018").GetProperty("Value")[0].GetString()).Order();
        Assert.Equal(new[] { Blue, Green, Red }.Order(), uids);
    }

    [Fact]
    public async Task Csv_prints_a_header_and_a_row_per_series()
    {
        var result = await served.RunAsync("search", "series", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = Dicomweb.Lines(result.StandardOutput);
        Assert.Equal("Modality,SeriesNumber,SeriesDescription,SeriesInstanceUID", lines[0]);
        Assert.Equal(new[] { BlueSeries, GreenRedSeries }.Order(), lines.Skip(1).Select(l => l.Split(',')[^1]).Order());
    }

    [Fact]
    public async Task A_filter_by_keyword_returns_only_matching_instances()
    {
        var result = await served.RunAsync("search", "instances", "--filter", "SeriesInstanceUID=" + GreenRedSeries, "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { Green, Red }.Order(), Dicomweb.Lines(result.StandardOutput).Skip(1).Select(l => l.Split(',')[2]).Order());
    }

    [Fact]
    public async Task A_filter_by_tag_matches_like_its_keyword()
    {
        var result = await served.RunAsync("search", "studies", "--filter", "00100020=NOSUCHID");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(Dicomweb.Lines(result.StandardOutput));
    }

    [Fact]
    public async Task A_misspelt_keyword_fails_with_did_you_mean_and_sends_nothing()
    {
        var result = await Dicomweb.RunAsync(["search", "studies", "--filter", "PatientNam=Doe", "--url", "http://127.0.0.1:1/v2/"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: --filter PatientNam: not a DICOM keyword or tag (ggggeeee); did you mean PatientName?", result.StandardError.Trim());
    }

    [Fact]
    public async Task The_profile_refuses_an_attribute_not_searchable_on_the_route_and_says_where_it_is()
    {
        var result = await served.RunAsync("search", "studies", "--profile", "azure-dicom-v2", "--filter", "SOPInstanceUID=" + Blue);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: SOPInstanceUID is not searchable on /studies in profile AzureDicomV2; it is searchable on /instances, " +
            "/studies/{study}/instances, /studies/{study}/series/{series}/instances.", result.StandardError.Trim());
    }

    [Fact]
    public async Task The_profile_refuses_a_wildcard_it_does_not_offer()
    {
        var result = await served.RunAsync("search", "studies", "--profile", "azure-dicom-v2", "--filter", "PatientName=Anon*");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PatientName=Anon* asks for wildcard matching, which profile AzureDicomV2 does not offer on PatientName (it offers exact, fuzzy)", result.StandardError);
    }

    [Fact]
    public async Task Fuzzy_matching_finds_a_name_by_word_prefix()
    {
        var result = await served.RunAsync("search", "studies", "--profile", "azure-dicom-v2", "--filter", "PatientName=mou", "--fuzzy", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Dicomweb.Lines(result.StandardOutput).Length);
    }

    [Fact]
    public async Task Fuzzy_is_refused_for_a_profile_without_fuzzy_matching()
    {
        var result = await served.RunAsync("search", "studies", "--profile", "orthanc", "--filter", "PatientName=mou", "--fuzzy");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: --fuzzy: profile Orthanc has no fuzzy matching.", result.StandardError.Trim());
    }

    [Fact]
    public async Task Study_narrows_a_series_search_to_that_study()
    {
        var result = await served.RunAsync("search", "series", "--study", Study, "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, Dicomweb.Lines(result.StandardOutput).Length);
    }

    [Fact]
    public async Task Series_without_study_is_refused()
    {
        var result = await served.RunAsync("search", "instances", "--series", BlueSeries);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("dicomweb: --series needs --study", result.StandardError);
    }

    [Fact]
    public async Task Limit_and_offset_return_one_page()
    {
        var result = await served.RunAsync("search", "instances", "--limit", "1", "--offset", "1", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Dicomweb.Lines(result.StandardOutput).Length);
    }

    [Fact]
    public async Task All_follows_paging_to_every_match()
    {
        var result = await served.RunAsync("search", "instances", "--limit", "1", "--all", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(4, Dicomweb.Lines(result.StandardOutput).Length);
    }

    [Fact]
    public async Task Include_adds_the_attribute_as_a_column()
    {
        var result = await served.RunAsync("search", "studies", "--include", "StudyTime", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = Dicomweb.Lines(result.StandardOutput);
        Assert.EndsWith(",StudyTime", lines[0]);
        Assert.EndsWith(",120000", lines[1]);
    }

    [Fact]
    public async Task A_limit_above_the_profile_maximum_is_refused()
    {
        var result = await served.RunAsync("search", "studies", "--profile", "azure-dicom-v2", "--limit", "500");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--limit 500: profile AzureDicomV2 accepts at most 200 per page", result.StandardError);
    }
}

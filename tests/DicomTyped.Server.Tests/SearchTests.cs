using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Profiles.AzureDicomV2;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>One server seeded once for every search test (searches change nothing).</summary>
public sealed class SeededSearchServer : IAsyncLifetime
{
    public ServerFixture Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SearchTests.SeededAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class SearchTests(SeededSearchServer seeded) : IClassFixture<SeededSearchServer>
{
    private static CancellationToken Ct => CancellationToken.None;

    private ServerFixture Server => seeded.Server;

    // Three studies: two instances in one CT series of Doe's study, an MR series in Müller's, one US in Smith's.
    internal static async Task<ServerFixture> SeededAsync()
    {
        var server = await ServerFixture.StartAsync();
        DicomDataset[] datasets =
        [
            TestInstances.Dataset("1.1", "1.1.1", "1.1.1.1", "Doe^John", "P1", "20240115", "CT", "ACC1"),
            TestInstances.Dataset("1.1", "1.1.1", "1.1.1.2", "Doe^John", "P1", "20240115", "CT", "ACC1"),
            TestInstances.Dataset("1.1", "1.1.2", "1.1.2.1", "Doe^John", "P1", "20240115", "MR", "ACC1"),
            TestInstances.Dataset("2.2", "2.2.1", "2.2.1.1", "Müller^Jürgen", "P2", "20230601", "MR", "ACC2"),
            TestInstances.Dataset("3.3", "3.3.1", "3.3.1.1", "Smith^Anna Maria", "P3", "20250301", "US", "ACC3"),
        ];
        using var client = server.Client();
        var result = await client.StoreInstancesAsync(datasets, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        return server;
    }

    private static async Task<List<JsonElement>> GetAsync(ServerFixture server, string pathAndQuery, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await server.Http.GetAsync(pathAndQuery, Ct);
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            return [];
        }
        Assert.Equal("application/dicom+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray().ToList();
    }

    private static string? Text(JsonElement match, string tag) =>
        match.TryGetProperty(tag, out var a) && a.TryGetProperty("Value", out var v)
            ? v[0].ValueKind == JsonValueKind.Object ? v[0].GetProperty("Alphabetic").GetString() : v[0].ToString()
            : null;

    [Fact]
    public async Task Every_route_answers_with_the_typed_client()
    {
        var server = Server;
        using var client = server.Client();
        Assert.Single((await client.SearchAsync(Qido.Studies().StudyInstanceUID("1.1"), Ct)).Items);
        var series = Assert.Single((await client.SearchAsync(Qido.Series().SeriesInstanceUID("1.1.2"), Ct)).Items);
        Assert.Equal("1.1", series.StudyInstanceUID);
        Assert.Equal(2, (await client.SearchAsync(Qido.StudySeries("1.1"), Ct)).Items.Count);
        Assert.Single((await client.SearchAsync(Qido.Instances().SOPInstanceUID("2.2.1.1"), Ct)).Items);
        Assert.Equal(3, (await client.SearchAsync(Qido.StudyInstances("1.1"), Ct)).Items.Count);
        var instance = Assert.Single((await client.SearchAsync(Qido.SeriesInstances("1.1", "1.1.1").SOPInstanceUID("1.1.1.2"), Ct)).Items);
        Assert.Equal("1.1.1.2", instance.SOPInstanceUID);
    }

    [Theory]
    [InlineData("studies?PatientID=p1", 1)]
    [InlineData("studies?PatientName=doe%5Ejohn", 1)]
    [InlineData("studies?PatientName=MULLER%5EJURGEN", 1)]
    [InlineData("studies?AccessionNumber=acc2", 1)]
    [InlineData("studies?ModalitiesInStudy=MR", 2)]
    [InlineData("studies?00100020=P3", 1)]
    [InlineData("series?Modality=ct", 1)]
    [InlineData("instances?PatientID=P1", 3)]
    [InlineData("studies/1.1/instances?Modality=CT", 2)]
    public async Task Exact_matching_ignores_case_and_person_names_ignore_accents(string query, int count)
    {
        var server = Server;
        Assert.Equal(count, (await GetAsync(server, query)).Count);
    }

    [Theory]
    [InlineData("studies?StudyDate=20240101-20241231", "1.1")]
    [InlineData("studies?StudyDate=20250101-", "3.3")]
    [InlineData("studies?StudyDate=-20231231", "2.2")]
    [InlineData("studies?StudyDate=20230601", "2.2")]
    public async Task Date_ranges_open_and_closed(string query, string study)
    {
        var server = Server;
        Assert.Equal(study, Text(Assert.Single(await GetAsync(server, query)), "0020000D"));
    }

    [Theory]
    [InlineData("joh", "1.1")]
    [InlineData("do", "1.1")]
    [InlineData("jo%20do", "1.1")]
    [InlineData("mull", "2.2")]
    [InlineData("maria", "3.3")]
    public async Task Fuzzy_person_name_matching_is_by_word_prefix(string value, string study)
    {
        var server = Server;
        Assert.Equal(study, Text(Assert.Single(await GetAsync(server, $"studies?PatientName={value}&fuzzymatching=true")), "0020000D"));
    }

    [Fact]
    public async Task Fuzzy_matching_does_not_match_inside_a_word()
    {
        var server = Server;
        await GetAsync(server, "studies?PatientName=ohn&fuzzymatching=true", HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("studies?SOPInstanceUID=1.1.1.1", "SOPInstanceUID")]
    [InlineData("studies?Modality=CT", "Modality")]
    [InlineData("studies?NoSuchKeyword=1", "NoSuchKeyword")]
    [InlineData("studies?patientname=x", "patientname")]
    [InlineData("studies/1.1/series/1.1.1/instances?PatientID=P1", "PatientID")]
    public async Task A_key_unknown_or_not_searchable_on_the_route_is_400_naming_it(string query, string named)
    {
        var server = Server;
        using var response = await server.Http.GetAsync(query, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("studies?limit=0")]
    [InlineData("studies?limit=201")]
    [InlineData("studies?offset=-1")]
    [InlineData("studies?StudyDate=-")]
    [InlineData("studies?StudyDate=2024")]
    [InlineData("studies?PatientID=")]
    public async Task Out_of_bounds_paging_and_malformed_values_are_400(string query)
    {
        var server = Server;
        await GetAsync(server, query, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Paging_is_newest_first_stable_and_warns_of_what_remains()
    {
        var server = Server;
        using var response = await server.Http.GetAsync("studies?limit=1&offset=1", Ct);
        var warning = Assert.Single(response.Headers.GetValues("Warning"));
        Assert.Equal("299 DicomTyped: There are 1 additional results that can be requested", warning);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray().ToList();
        Assert.Equal("2.2", Text(Assert.Single(page), "0020000D"));
        var all = await GetAsync(server, "studies");
        Assert.Equal(["3.3", "2.2", "1.1"], all.Select(m => Text(m, "0020000D")));
        await GetAsync(server, "studies?offset=3", HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Default_attributes_come_from_the_profile_and_includefield_all_adds_the_rest()
    {
        var server = Server;
        var plain = Assert.Single(await GetAsync(server, "studies?StudyInstanceUID=1.1"));
        Assert.Equal("P1", Text(plain, "00100020"));
        Assert.False(plain.TryGetProperty("00201208", out _));
        Assert.True(plain.TryGetProperty("00080020", out _));
        var all = Assert.Single(await GetAsync(server, "studies?StudyInstanceUID=1.1&includefield=all"));
        Assert.Equal("3", Text(all, "00201208"));
        var series = Assert.Single(await GetAsync(server, "studies/1.1/series?SeriesInstanceUID=1.1.1&includefield=SeriesNumber,NumberOfSeriesRelatedInstances"));
        Assert.Equal("1", Text(series, "00200011"));
        Assert.Equal("2", Text(series, "00201209"));
        Assert.Equal("1.1", Text(series, "0020000D"));
    }

    [Fact]
    public async Task Includefield_of_a_tag_outside_the_profile_is_read_from_the_file()
    {
        var server = Server;
        var match = Assert.Single(await GetAsync(server, "studies?StudyInstanceUID=1.1&includefield=00080080"));
        Assert.Equal("General Hospital", Text(match, "00080080"));
        var instance = Assert.Single(await GetAsync(server, "instances?SOPInstanceUID=1.1.1.1&includefield=InstitutionName"));
        Assert.Equal("General Hospital", Text(instance, "00080080"));
    }

    [Fact]
    public async Task The_all_instances_route_carries_study_and_series_attributes()
    {
        var server = Server;
        var match = Assert.Single(await GetAsync(server, "instances?SOPInstanceUID=2.2.1.1"));
        Assert.Equal("Müller^Jürgen", Text(match, "00100010"));
        Assert.Equal("MR", Text(match, "00080060"));
        Assert.Equal("2.2.1", Text(match, "0020000E"));
    }

    [Fact]
    public async Task Every_study_of_a_page_carries_its_own_modalities_in_study()
    {
        var matches = await GetAsync(Server, "studies?includefield=ModalitiesInStudy");
        var byStudy = matches.ToDictionary(m => Text(m, "0020000D")!, m => m.GetProperty("00080061").GetProperty("Value").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal(new[] { "CT", "MR" }, byStudy["1.1"]);
        Assert.Equal(new[] { "MR" }, byStudy["2.2"]);
        Assert.Equal(new[] { "US" }, byStudy["3.3"]);
    }
}

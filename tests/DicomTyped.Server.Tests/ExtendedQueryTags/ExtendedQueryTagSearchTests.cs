using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Server.Tests.Support;
using Xunit;
using static DicomTyped.Server.Tests.ExtendedQueryTags.ExtendedQueryTagHttp;

namespace DicomTyped.Server.Tests.ExtendedQueryTags;

/// <summary>
/// Searching on extended query tags: instances stored before the tag are reindexed, later ones indexed at store; exact,
/// range (DA), fuzzy (PN), numeric (DS) and private matching; each on its level's routes only.
/// </summary>
public sealed class ExtendedQueryTagSearchTests
{
    private const uint SopInstanceUid = 0x00080018;
    private const uint SeriesInstanceUid = 0x0020000E;
    private static CancellationToken Ct => CancellationToken.None;

    private static DicomDataset Instance(string sop, string series = "9.1.1", string study = "9.1")
    {
        var ds = TestInstances.Dataset(study, series, sop);
        return ds;
    }

    [Fact]
    public async Task An_instance_stored_before_the_tag_is_found_after_the_reindex()
    {
        await using var server = await ServerFixture.StartAsync();
        var chest = Instance("9.1.1.1", "9.1.1");
        chest.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "CHEST");
        var head = Instance("9.1.2.1", "9.1.2");
        head.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "HEAD");
        await StoreAsync(server, chest, head);

        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");

        Assert.Equal(["9.1.1"], await SearchAsync(server.Http, "series?BodyPartExamined=chest", SeriesInstanceUid));
    }

    [Fact]
    public async Task An_instance_stored_after_the_tag_is_indexed_at_store()
    {
        await using var server = await ServerFixture.StartAsync();
        await AddAndWaitAsync(server.Http, """[{"path":"00180015","level":"Series"}]""");
        var chest = Instance("9.1.1.1");
        chest.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "CHEST");
        await StoreAsync(server, chest);

        Assert.Equal(["9.1.1.1"], await SearchAsync(server.Http, "instances?BodyPartExamined=CHEST", SopInstanceUid));
    }

    [Fact]
    public async Task A_match_carries_the_value_of_the_extended_query_tag_it_matched_on()
    {
        await using var server = await ServerFixture.StartAsync();
        var chest = Instance("9.1.1.1");
        chest.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "CHEST");
        await StoreAsync(server, chest);
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");

        var matches = await GetJsonAsync(server.Http, "series?BodyPartExamined=CHEST");

        Assert.Equal("CHEST", matches[0].GetProperty("00180015").GetProperty("Value")[0].GetString());
    }

    [Fact]
    public async Task A_DA_tag_matches_a_range()
    {
        await using var server = await ServerFixture.StartAsync();
        var early = Instance("9.1.1.1");
        early.SetString(DicomTags.ContentDate, DicomVR.DA, "20200105");
        var late = Instance("9.1.1.2");
        late.SetString(DicomTags.ContentDate, DicomVR.DA, "20230105");
        await StoreAsync(server, early, late);
        await AddAndWaitAsync(server.Http, """[{"path":"ContentDate","level":"Instance"}]""");

        Assert.Equal(["9.1.1.2"], await SearchAsync(server.Http, "instances?ContentDate=20220101-", SopInstanceUid));
    }

    [Fact]
    public async Task A_PN_tag_matches_by_word_prefix_with_fuzzymatching()
    {
        await using var server = await ServerFixture.StartAsync();
        var ds = Instance("9.1.1.1");
        ds.SetString(DicomTags.OperatorsName, DicomVR.PN, "Lindqvist^Åsa");
        await StoreAsync(server, ds);
        await AddAndWaitAsync(server.Http, """[{"path":"OperatorsName","level":"Series"}]""");

        Assert.Equal(["9.1.1"], await SearchAsync(server.Http, "series?OperatorsName=asa%20lind&fuzzymatching=true", SeriesInstanceUid));
    }

    [Fact]
    public async Task A_DS_tag_matches_as_a_number()
    {
        await using var server = await ServerFixture.StartAsync();
        var ds = Instance("9.1.1.1");
        ds.SetString(DicomTags.SliceThickness, DicomVR.DS, "2.50");
        await StoreAsync(server, ds);
        await AddAndWaitAsync(server.Http, """[{"path":"SliceThickness","level":"Instance"}]""");

        Assert.Equal(["9.1.1.1"], await SearchAsync(server.Http, "instances?SliceThickness=2.5", SopInstanceUid));
    }

    [Fact]
    public async Task A_private_tag_matches_only_in_the_block_of_its_creator()
    {
        await using var server = await ServerFixture.StartAsync();
        var acme = Instance("9.1.1.1");
        acme.SetString(acme.GetOrAddPrivateTag(0x0019, "ACME 1.0", 0x10), DicomVR.LO, "HELICAL");
        var other = Instance("9.1.1.2");
        other.SetString(other.GetOrAddPrivateTag(0x0019, "OTHER", 0x10), DicomVR.LO, "HELICAL");
        await StoreAsync(server, acme, other);
        await AddAndWaitAsync(server.Http, """[{"path":"00191010","vr":"LO","privateCreator":"ACME 1.0","level":"Instance"}]""");

        Assert.Equal(["9.1.1.1"], await SearchAsync(server.Http, "instances?00191010=helical", SopInstanceUid));
    }

    [Fact]
    public async Task A_series_tag_is_not_searchable_on_the_studies_route()
    {
        await using var server = await ServerFixture.StartAsync();
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");

        using var response = await server.Http.GetAsync("studies?BodyPartExamined=CHEST", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not queryable on this route", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_v1_routes_add_tags_and_report_operations_too()
    {
        await using var server = await ServerFixture.StartAsync();
        var ds = Instance("9.1.1.1");
        ds.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "KNEE");
        await StoreAsync(server, ds);

        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Study"}]""", prefix: "../v1/");

        Assert.Equal(["9.1.1.1"], await SearchAsync(server.Http, "../v1/instances?BodyPartExamined=KNEE", SopInstanceUid));
    }
}

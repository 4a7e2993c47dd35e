using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;
using static DicomTyped.Server.Tests.ExtendedQueryTags.ExtendedQueryTagHttp;

namespace DicomTyped.Server.Tests.ExtendedQueryTags;

/// <summary>Add, get, list, disable, delete and the errors of extended query tags, over HTTP.</summary>
public sealed class ExtendedQueryTagLifecycleTests
{
    private const uint SopInstanceUid = 0x00080018;
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Adding_answers_202_with_a_reindex_operation_that_ends_succeeded_at_100_percent()
    {
        await using var server = await ServerFixture.StartAsync();

        var operation = await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");

        Assert.Equal("reindex", operation.GetProperty("type").GetString());
        Assert.Equal(100, operation.GetProperty("percentComplete").GetInt32());
        Assert.EndsWith("/v2/extendedquerytags/00180015", Assert.Single(operation.GetProperty("resources").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_tag_is_Ready_and_Enabled_once_its_operation_succeeded()
    {
        await using var server = await ServerFixture.StartAsync();
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");

        var tag = await GetJsonAsync(server.Http, "extendedquerytags/BodyPartExamined");

        Assert.Equal(("00180015", "CS", "Series", "Ready", "Enabled"), (
            tag.GetProperty("path").GetString(), tag.GetProperty("vr").GetString(), tag.GetProperty("level").GetString(),
            tag.GetProperty("status").GetString(), tag.GetProperty("queryStatus").GetString()));
    }

    [Fact]
    public async Task The_list_holds_every_added_tag_in_tag_order()
    {
        await using var server = await ServerFixture.StartAsync();
        await AddAndWaitAsync(server.Http, """[{"path":"OperatorsName","level":"Series"},{"path":"BodyPartExamined","level":"Series"}]""");

        var list = await GetJsonAsync(server.Http, "extendedquerytags?limit=10");

        Assert.Equal(["00081070", "00180015"], list.EnumerateArray().Select(t => t.GetProperty("path").GetString()!).ToArray());
    }

    [Fact]
    public async Task Adding_a_tag_twice_is_409()
    {
        await using var server = await ServerFixture.StartAsync();
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");

        using var again = await AddAsync(server.Http, """[{"path":"00180015","level":"Study"}]""");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("""[{"path":"ImageComments","level":"Instance"}]""", "VR LT of ImageComments 00204000 is not supported")]
    [InlineData("""[{"path":"00191010","vr":"OB","privateCreator":"ACME","level":"Instance"}]""", "VR OB of 00191010 is not supported")]
    [InlineData("""[{"path":"00191010","privateCreator":"ACME","level":"Instance"}]""", "The private tag 00191010 needs a vr.")]
    [InlineData("""[{"path":"PatientID","level":"Study"}]""", "PatientID 00100020 is already searchable by default.")]
    [InlineData("""[{"path":"PatientIdentity","level":"Study"}]""", "'PatientIdentity' is neither a keyword nor 8 hex digits")]
    [InlineData("""[{"path":"BodyPartExamined","level":"Patient"}]""", "has level 'Patient'; expected Study, Series or Instance.")]
    [InlineData("""[{"path":"BodyPartExamined","vr":"LO","level":"Series"}]""", "has VR CS in the dictionary, not LO.")]
    public async Task A_tag_that_cannot_be_added_is_400_saying_why(string body, string expected)
    {
        await using var server = await ServerFixture.StartAsync();

        using var response = await AddAsync(server.Http, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_disabled_tag_is_refused_by_search_naming_why()
    {
        await using var server = await ServerFixture.StartAsync();
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");

        using var patch = await server.Http.PatchAsync("extendedquerytags/00180015", Json("""{"queryStatus":"Disabled"}"""), Ct);
        using var search = await server.Http.GetAsync("series?BodyPartExamined=CHEST", Ct);

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Contains("Query is disabled on the extended query tag 'BodyPartExamined'", await search.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_tag_enabled_again_is_searchable_again()
    {
        await using var server = await ServerFixture.StartAsync();
        var ds = TestInstances.Dataset("9.1", "9.1.1", "9.1.1.1");
        ds.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "CHEST");
        await StoreAsync(server, ds);
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");
        (await server.Http.PatchAsync("extendedquerytags/00180015", Json("""{"queryStatus":"Disabled"}"""), Ct)).Dispose();

        (await server.Http.PatchAsync("extendedquerytags/BodyPartExamined", Json("""{"queryStatus":"Enabled"}"""), Ct)).Dispose();

        Assert.Equal(["9.1.1.1"], await SearchAsync(server.Http, "instances?BodyPartExamined=CHEST", SopInstanceUid));
    }

    [Fact]
    public async Task Deleting_a_tag_is_204_and_its_values_leave_the_index()
    {
        await using var server = await ServerFixture.StartAsync();
        var ds = TestInstances.Dataset("9.1", "9.1.1", "9.1.1.1");
        ds.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "CHEST");
        await StoreAsync(server, ds);
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");
        Assert.Equal(1, await CountValuesAsync(server));

        using var delete = await server.Http.DeleteAsync("extendedquerytags/00180015", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(0, await CountValuesAsync(server));
    }

    [Fact]
    public async Task A_deleted_tag_is_unknown_to_search()
    {
        await using var server = await ServerFixture.StartAsync();
        await AddAndWaitAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"}]""");
        (await server.Http.DeleteAsync("extendedquerytags/BodyPartExamined", Ct)).Dispose();

        using var search = await server.Http.GetAsync("series?BodyPartExamined=CHEST", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Contains("is not queryable on this route", await search.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Deleting_an_instance_removes_its_values()
    {
        await using var server = await ServerFixture.StartAsync();
        var ds = TestInstances.Dataset("9.1", "9.1.1", "9.1.1.1");
        ds.SetString(DicomTags.ContentDate, DicomVR.DA, "20240101");
        await StoreAsync(server, ds);
        await AddAndWaitAsync(server.Http, """[{"path":"ContentDate","level":"Instance"}]""");

        (await server.Http.DeleteAsync("studies/9.1/series/9.1.1/instances/9.1.1.1", Ct)).Dispose();

        Assert.Equal(0, await CountValuesAsync(server));
    }

    [Fact]
    public async Task An_unparseable_value_is_listed_by_the_errors_endpoint_with_its_instance()
    {
        await using var server = await ServerFixture.StartAsync();
        var bad = TestInstances.Dataset("9.1", "9.1.1", "9.1.1.1");
        bad.Set(new DicomElement(DicomTags.ContentDate, DicomVR.DA, "NOTADATE"u8.ToArray()));
        await StoreRawAsync(server, bad);
        await AddAndWaitAsync(server.Http, """[{"path":"ContentDate","level":"Instance"}]""");

        var errors = await GetJsonAsync(server.Http, "extendedquerytags/ContentDate/errors");

        var error = Assert.Single(errors.EnumerateArray());
        Assert.Equal("9.1.1.1", error.GetProperty("sopInstanceUid").GetString());
        var message = error.GetProperty("errorMessage").GetString();
        Assert.Contains("'NOTADATE' breaks", message);   // the value and the DA rule it breaks (Core's PS3.5 6.2 text)
        Assert.Contains("DA", message);
    }

    [Fact]
    public async Task A_tag_with_errors_reports_their_count()
    {
        await using var server = await ServerFixture.StartAsync();
        var bad = TestInstances.Dataset("9.1", "9.1.1", "9.1.1.1");
        bad.Set(new DicomElement(DicomTags.SliceThickness, DicomVR.DS, "ab"u8.ToArray()));
        await StoreRawAsync(server, bad);
        await AddAndWaitAsync(server.Http, """[{"path":"SliceThickness","level":"Instance"}]""");

        var tag = await GetJsonAsync(server.Http, "extendedquerytags/SliceThickness");

        Assert.Equal(1, tag.GetProperty("errors").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_unknown_operation_is_404()
    {
        await using var server = await ServerFixture.StartAsync();

        using var response = await server.Http.GetAsync("operations/0123456789abcdef0123456789abcdef", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<long> CountValuesAsync(ServerFixture server)
    {
        await using var connection = new SqliteConnection($"Data Source={System.IO.Path.Combine(server.DataDirectory, "index.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM extended_value";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}

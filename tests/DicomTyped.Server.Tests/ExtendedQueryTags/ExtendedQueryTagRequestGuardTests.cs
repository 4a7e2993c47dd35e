using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.ExtendedQueryTags;

/// <summary>Hostile or malformed add requests: bounded by the server's limit, refused before anything is added.</summary>
public sealed class ExtendedQueryTagRequestGuardTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_body_above_one_MiB_is_413()
    {
        await using var server = await ServerFixture.StartAsync();
        var huge = "[" + new string(' ', 1024 * 1024) + "]";

        using var response = await server.Http.PostAsync("extendedquerytags", new StringContent(huge, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_content_is_415()
    {
        await using var server = await ServerFixture.StartAsync();

        using var response = await server.Http.PostAsync("extendedquerytags", new StringContent("""[{"path":"BodyPartExamined","level":"Series"}]""", Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_tag_in_a_list_adds_none_of_the_list()
    {
        await using var server = await ServerFixture.StartAsync();
        (await ExtendedQueryTagHttp.AddAsync(server.Http, """[{"path":"BodyPartExamined","level":"Series"},{"path":"ImageComments","level":"Instance"}]""")).Dispose();

        var list = await ExtendedQueryTagHttp.GetJsonAsync(server.Http, "extendedquerytags");

        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task More_than_128_tags_in_one_request_is_400()
    {
        await using var server = await ServerFixture.StartAsync();
        var many = "[" + string.Join(",", Enumerable.Range(0x1000, 129).Select(e => $$"""{"path":"0019{{e:X4}}","vr":"LO","privateCreator":"ACME","level":"Instance"}""")) + "]";

        using var response = await ExtendedQueryTagHttp.AddAsync(server.Http, many);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("At most 128 extended query tags", await response.Content.ReadAsStringAsync(Ct));
    }
}

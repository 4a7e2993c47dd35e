using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Web;
using DicomTyped.Client;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Support;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Paging through QIDO-RS answers served by a real HttpListener on 127.0.0.1: a page shorter than the limit is no
/// proof of the end (a server may cap its pages); only an empty page, 204, or a remaining count of 0 ends the search.
/// </summary>
public sealed class SearchPagingTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static string CasePath(string name) => Path.Combine(TestData.Root, "cases", "qido-server-caps-page", name);

    private static int OffsetOf(string rawUrl)
    {
        var query = rawUrl.Contains('?') ? rawUrl[(rawUrl.IndexOf('?') + 1)..] : "";
        var offset = HttpUtility.ParseQueryString(query)["offset"];
        return offset is null ? 0 : int.Parse(offset, CultureInfo.InvariantCulture);
    }

    private static async Task<List<string?>> AllStudyUidsAsync(DicomWebClient client, AzureV2.StudiesQuery query)
    {
        var uids = new List<string?>();
        await foreach (var match in client.SearchAllAsync(query, Ct))
        {
            uids.Add(match.StudyInstanceUID);
        }
        return uids;
    }

    [Fact]
    public async Task A_server_that_caps_its_pages_below_the_limit_still_gives_every_match()
    {
        var pages = new[] { 0, 3, 6, 7 }.ToDictionary(o => o, o => RawHttpResponse.Load(CasePath($"page-offset{o}.http")));
        await using var server = new LoopbackServer(context => pages[OffsetOf(context.Request.RawUrl!)].WriteAsync(context.Response));
        using var client = DicomWebClient.Create(server.Root);

        var uids = await AllStudyUidsAsync(client, AzureV2.Qido.Studies().Limit(10));

        Assert.Equal(Enumerable.Range(1, 7).Select(i => "1.2.826.0.1.3680043.8.498.77.16." + i), uids);
        Assert.Equal([0, 3, 6, 7], server.Requests.Select(r => OffsetOf(r.RawUrl)));
    }

    [Fact]
    public async Task A_remaining_count_of_zero_ends_the_search_without_asking_again()
    {
        const string body = "[{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}}]";
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.ContentType = "application/dicom+json";
            context.Response.AddHeader("Warning", "299 test: There are 0 additional results that can be requested");
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
        });
        using var client = DicomWebClient.Create(server.Root);

        var uids = await AllStudyUidsAsync(client, AzureV2.Qido.Studies().Limit(5));

        Assert.Equal(["1.2.3"], uids);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_server_that_ignores_offset_is_an_error_not_an_endless_search()
    {
        const string body = "[{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}}]";
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.ContentType = "application/dicom+json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
        });
        using var client = DicomWebClient.Create(server.Root);

        var error = await Assert.ThrowsAsync<DicomTyped.Http.DicomWebInvalidResponseException>(
            () => AllStudyUidsAsync(client, AzureV2.Qido.Studies().Limit(5)));

        Assert.Contains("ignores 'offset'", error.Message);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_204_ends_the_search()
    {
        await using var server = new LoopbackServer(async context =>
        {
            if (OffsetOf(context.Request.RawUrl!) == 0)
            {
                context.Response.ContentType = "application/dicom+json";
                await context.Response.OutputStream.WriteAsync("[{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}}]"u8.ToArray());
            }
            else
            {
                context.Response.StatusCode = 204;
            }
        });
        using var client = DicomWebClient.Create(server.Root);

        var uids = await AllStudyUidsAsync(client, AzureV2.Qido.Studies().Limit(5));

        Assert.Equal(["1.2.3"], uids);
        Assert.Equal([0, 1], server.Requests.Select(r => OffsetOf(r.RawUrl)));
    }

    [Fact]
    public async Task A_shortPagepage_without_a_count_may_have_more_and_an_empty_one_has_none()
    {
        var pages = new[] { 6, 7 }.ToDictionary(o => o, o => RawHttpResponse.Load(CasePath($"page-offset{o}.http")));
        await using var server = new LoopbackServer(context => pages[OffsetOf(context.Request.RawUrl!)].WriteAsync(context.Response));
        using var client = DicomWebClient.Create(server.Root);

        var shortPage = await client.SearchAsync(AzureV2.Qido.Studies().Limit(3).Offset(6), Ct);
        var empty = await client.SearchAsync(AzureV2.Qido.Studies().Limit(3).Offset(7), Ct);

        Assert.Single(shortPage.Items);
        Assert.True(shortPage.HasMore);
        Assert.Empty(empty.Items);
        Assert.False(empty.HasMore);
    }
}

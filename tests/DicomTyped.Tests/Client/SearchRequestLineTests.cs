using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Tests.Http;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Search values are data, never template: the exact request line a real loopback server receives, for values with
/// braces, <c>%</c>, <c>&amp;</c>, <c>#</c>, <c>=</c>, <c>+</c> and non-ASCII; and UIDs in a string route are checked before any request.
/// </summary>
public sealed class SearchRequestLineTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static async Task<string> RequestLineOfAsync(Func<DicomWebClient, Task> search)
    {
        await using var server = new LoopbackServer(context => { context.Response.StatusCode = 204; return Task.CompletedTask; });
        using var client = DicomWebClient.Create(new Uri(server.Root, "v2/"));
        await search(client);
        return Assert.Single(server.Requests).RawUrl;
    }

    [Fact]
    public async Task A_fuzzy_name_with_braces_is_sent_as_data()
    {
        var url = await RequestLineOfAsync(c => c.SearchAsync(AzureV2.Qido.Studies().PatientNameFuzzy("DOE {JOHN}"), Ct));
        Assert.Equal("/v2/studies?PatientName=DOE%20%7BJOHN%7D&fuzzymatching=true", url);
    }

    [Theory]
    [InlineData("100% & more", "/v2/studies?StudyDescription=100%25%20%26%20more")]
    [InlineData("A#B=C+D", "/v2/studies?StudyDescription=A%23B%3DC%2BD")]
    [InlineData("Müller {x}", "/v2/studies?StudyDescription=M%C3%BCller%20%7Bx%7D")]
    public async Task A_typed_value_reaches_the_server_byte_for_byte(string value, string expected)
    {
        var url = await RequestLineOfAsync(c => c.SearchAsync(AzureV2.Qido.Studies().StudyDescription(value), Ct));
        Assert.Equal(expected, url);
    }

    [Fact]
    public async Task A_string_keyed_search_encodes_keys_and_values()
    {
        var url = await RequestLineOfAsync(c => c.SearchAsync<AzureV2.StudyMatch>("studies", [new("PatientName", "{a}&b=c#d"), new("{key}", "x")], Ct));
        Assert.Equal("/v2/studies?PatientName=%7Ba%7D%26b%3Dc%23d&%7Bkey%7D=x", url);
    }

    [Fact]
    public async Task A_string_route_with_uids_is_sent_as_written()
    {
        var url = await RequestLineOfAsync(c => c.SearchAsync<AzureV2.InstanceMatch>("studies/1.2.3/series/1.2.4/instances", [new("SOPInstanceUID", "1.2.5")], Ct));
        Assert.Equal("/v2/studies/1.2.3/series/1.2.4/instances?SOPInstanceUID=1.2.5", url);
    }

    [Theory]
    [InlineData("studies/../series")]
    [InlineData("studies/1.2.3/series/../instances")]
    [InlineData("studies/{study}/series")]
    [InlineData("studies/1.2.3%2F..%2F/instances")]
    [InlineData("studies/1.2.3/metadata")]
    [InlineData("changefeed")]
    public async Task A_string_route_that_is_not_a_search_route_with_uids_is_refused_before_any_request(string route)
    {
        await using var server = new LoopbackServer();
        using var client = DicomWebClient.Create(server.Root);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SearchAsync<AzureV2.SeriesMatch>(route, [], Ct));
        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in client.SearchAllAsync<AzureV2.SeriesMatch>(route, [], Ct))
            {
            }
        });
        Assert.Empty(server.Requests);
    }
}

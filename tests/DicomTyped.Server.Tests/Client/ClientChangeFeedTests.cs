using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Http;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// <see cref="DicomWebClient"/>'s change feed against the embedded server, v2 and v1 routes: pages read to the end by
/// each version's rule, the latest entry, the parameters the server honours, and the sign-in failure.
/// </summary>
public sealed class ClientChangeFeedTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private const string Study = TestInstances.Study;

    // Sequence 1-3 the three creates, 4 the delete of red-triangle.
    private static async Task<ServerFixture> FourChangesAsync()
    {
        var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        foreach (var name in new[] { "blue-circle.dcm", "green-square.dcm", "red-triangle.dcm" })
        {
            Assert.True((await client.StoreInstancesAsync([TestInstances.Dcm(name)], cancellationToken: Ct)).AllStored);
        }
        Assert.Equal(DeleteResult.Deleted, await client.DeleteInstanceAsync(Study, TestInstances.SharedSeries, TestInstances.RedTriangle, Ct));
        return server;
    }

    private static async Task<List<ChangeFeedEntry>> ReadAllAsync(DicomWebClient client, ChangeFeedOptions options)
    {
        var entries = new List<ChangeFeedEntry>();
        await foreach (var entry in client.ReadChangeFeedAsync(options, Ct))
        {
            entries.Add(entry);
        }
        return entries;
    }

    [Fact]
    public async Task V2_reads_every_entry_in_pages_by_count_until_an_empty_page()
    {
        await using var server = await FourChangesAsync();
        var recorder = new RecordingHandler();
        using var client = DicomWebClient.Create(server.Host.BaseAddress, primaryHandler: recorder);
        var entries = await ReadAllAsync(client, new ChangeFeedOptions { Limit = 3, IncludeMetadata = false });
        Assert.Equal([1L, 2, 3, 4], entries.Select(e => e.Sequence));
        Assert.Equal(
            ["/v2/changefeed?offset=0&limit=3&includeMetadata=false", "/v2/changefeed?offset=3&limit=3&includeMetadata=false", "/v2/changefeed?offset=4&limit=3&includeMetadata=false"],
            recorder.Exchanges.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task V1_reads_every_entry_in_sequence_ranges_until_past_the_latest()
    {
        await using var server = await FourChangesAsync();
        var recorder = new RecordingHandler();
        using var client = DicomWebClient.Create(server.Host.BaseAddressV1, primaryHandler: recorder);
        Assert.Equal(ChangeFeedVersion.V1, client.Options.ChangeFeedVersion);
        var entries = await ReadAllAsync(client, new ChangeFeedOptions { Limit = 3 });
        Assert.Equal([1L, 2, 3, 4], entries.Select(e => e.Sequence));
        Assert.Equal(
            ["/v1/changefeed/latest?includeMetadata=false", "/v1/changefeed?offset=0&limit=3", "/v1/changefeed?offset=3&limit=3"],
            recorder.Exchanges.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task Entries_are_typed_with_action_state_uids_and_metadata()
    {
        await using var server = await FourChangesAsync();
        using var client = server.Client();
        var entries = await client.GetChangeFeedAsync(new ChangeFeedOptions { IncludeMetadata = true }, Ct);
        var redCreate = entries[2];
        Assert.Equal((ChangeFeedAction.Create, ChangeFeedState.Deleted), (redCreate.Action, redCreate.State));
        Assert.Equal((Study, TestInstances.SharedSeries, TestInstances.RedTriangle), (redCreate.StudyInstanceUid, redCreate.SeriesInstanceUid, redCreate.SopInstanceUid));
        Assert.Equal(ChangeFeedState.Current, entries[0].State);
        Assert.Equal(TestInstances.BlueCircle, entries[0].Metadata?.GetUid(DicomTags.SOPInstanceUID));
        Assert.Equal(ChangeFeedAction.Delete, entries[3].Action);
    }

    [Fact]
    public async Task V2_offset_and_limit_choose_the_page()
    {
        await using var server = await FourChangesAsync();
        using var client = server.Client();
        var page = await client.GetChangeFeedAsync(new ChangeFeedOptions { Offset = 1, Limit = 2, IncludeMetadata = false }, Ct);
        Assert.Equal([2L, 3], page.Select(e => e.Sequence));
        Assert.All(page, e => Assert.Null(e.Metadata));
    }

    [Fact]
    public async Task V2_a_time_window_ending_at_the_second_entry_holds_the_first_only()
    {
        await using var server = await FourChangesAsync();
        using var client = server.Client();
        var all = await client.GetChangeFeedAsync(new ChangeFeedOptions { IncludeMetadata = false }, Ct);
        var window = await client.GetChangeFeedAsync(new ChangeFeedOptions { StartTime = all[0].Timestamp, EndTime = all[1].Timestamp, IncludeMetadata = false }, Ct);
        // Start inclusive, end exclusive; the client sends both in UTC whatever their offset.
        Assert.Equal([1L], window.Select(e => e.Sequence));
    }

    [Fact]
    public async Task The_latest_change_is_the_delete()
    {
        await using var server = await FourChangesAsync();
        using var client = server.Client();
        var latest = await client.GetLatestChangeAsync(cancellationToken: Ct);
        Assert.Equal(4, latest?.Sequence);
        Assert.Equal(ChangeFeedAction.Delete, latest?.Action);
        Assert.Equal(TestInstances.RedTriangle, latest?.SopInstanceUid);
    }

    [Fact]
    public async Task An_empty_feed_is_an_empty_page_and_no_latest_change()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        Assert.Empty(await client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.Null(await client.GetLatestChangeAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task A_refused_sign_in_is_the_authorization_exception_without_the_token()
    {
        await using var server = await ServerFixture.StartAsync(o => o.BearerToken = "the-right-token");
        using var client = DicomWebClient.Create(server.Host.BaseAddress, DicomWebAuthentication.BearerToken("a-wrong-token-123"));
        var denied = await Assert.ThrowsAsync<DicomWebAuthorizationException>(() => client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, denied.StatusCode);
        Assert.DoesNotContain("a-wrong-token-123", denied.ToString());
    }
}

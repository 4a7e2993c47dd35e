using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

public sealed class DeleteAndChangeFeedTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static async Task<ServerFixture> WithTwoStudiesAsync()
    {
        var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        await client.StoreInstancesAsync(
        [
            TestInstances.Dataset("1.1", "1.1.1", "1.1.1.1"),
            TestInstances.Dataset("1.1", "1.1.1", "1.1.1.2"),
            TestInstances.Dataset("1.1", "1.1.2", "1.1.2.1"),
            TestInstances.Dataset("2.2", "2.2.1", "2.2.1.1"),
        ], cancellationToken: Ct);
        return server;
    }

    private static int FileCount(ServerFixture server) =>
        Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*.dcm", SearchOption.AllDirectories).Length;

    [Fact]
    public async Task Delete_instance_series_and_study_remove_files_and_rows_and_then_404()
    {
        await using var server = await WithTwoStudiesAsync();
        using var client = server.Client();
        Assert.Equal(DeleteResult.Deleted, await client.DeleteInstanceAsync("1.1", "1.1.1", "1.1.1.1", Ct));
        Assert.Equal(3, FileCount(server));
        Assert.Equal(DeleteResult.Deleted, await client.DeleteSeriesAsync("1.1", "1.1.1", Ct));
        Assert.Equal(2, FileCount(server));
        Assert.Equal(DeleteResult.Deleted, await client.DeleteStudyAsync("1.1", Ct));
        Assert.Equal(1, FileCount(server));
        Assert.Equal(DeleteResult.NotFound, await client.DeleteStudyAsync("1.1", Ct));
        using var search = await server.Http.GetAsync("studies?StudyInstanceUID=1.1", Ct);
        Assert.Equal(HttpStatusCode.NoContent, search.StatusCode);
        using var other = await server.Http.GetAsync("studies?StudyInstanceUID=2.2", Ct);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Delete_of_something_absent_is_404()
    {
        await using var server = await WithTwoStudiesAsync();
        using var response = await server.Http.DeleteAsync("studies/1.1/series/9.9", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(4, FileCount(server));
    }

    [Fact]
    public async Task The_change_feed_has_creates_and_deletes_with_states_and_metadata()
    {
        await using var server = await WithTwoStudiesAsync();
        using var client = server.Client();
        await client.DeleteInstanceAsync("2.2", "2.2.1", "2.2.1.1", Ct);
        var entries = await client.GetChangeFeedAsync(cancellationToken: Ct);
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        Assert.Equal(ChangeFeedAction.Delete, entries[4].Action);
        Assert.Equal(ChangeFeedState.Deleted, entries[3].State);
        Assert.Equal(ChangeFeedState.Current, entries[0].State);
        Assert.Equal("1.1.1.1", entries[0].Metadata?.GetString(Dicom.DicomTags.SOPInstanceUID));
        Assert.Null(entries[3].Metadata);
        var latest = await client.GetLatestChangeAsync(cancellationToken: Ct);
        Assert.Equal(5, latest?.Sequence);
    }

    [Fact]
    public async Task V2_offset_skips_entries_and_limit_counts_them()
    {
        await using var server = await WithTwoStudiesAsync();
        using var response = await server.Http.GetAsync("changefeed?offset=1&limit=2&includeMetadata=false", Ct);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray().ToList();
        Assert.Equal([2L, 3], page.Select(e => e.GetProperty("Sequence").GetInt64()));
        Assert.All(page, e => Assert.False(e.TryGetProperty("Metadata", out _)));
    }

    [Fact]
    public async Task V1_offset_is_a_sequence_number_and_limit_a_range_width()
    {
        await using var server = await WithTwoStudiesAsync();
        using var client = server.Client();
        await client.DeleteInstanceAsync("1.1", "1.1.1", "1.1.1.2", Ct);
        using var response = await server.Http.GetAsync(server.Host.BaseAddressV1 + "changefeed?offset=3&limit=2", Ct);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray().ToList();
        Assert.Equal([4L, 5], page.Select(e => e.GetProperty("Sequence").GetInt64()));
        using var tooWide = await server.Http.GetAsync(server.Host.BaseAddressV1 + "changefeed?limit=101", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooWide.StatusCode);
    }

    [Fact]
    public async Task V2_time_window_is_start_inclusive_end_exclusive()
    {
        await using var server = await WithTwoStudiesAsync();
        using var all = await server.Http.GetAsync("changefeed?includeMetadata=false", Ct);
        var entries = JsonDocument.Parse(await all.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray().ToList();
        var first = entries[0].GetProperty("Timestamp").GetDateTimeOffset();
        var start = Uri.EscapeDataString(first.ToString("O"));
        using var from = await server.Http.GetAsync($"changefeed?includeMetadata=false&startTime={start}", Ct);
        Assert.Equal(4, JsonDocument.Parse(await from.Content.ReadAsStringAsync(Ct)).RootElement.GetArrayLength());
        using var until = await server.Http.GetAsync($"changefeed?includeMetadata=false&endTime={start}", Ct);
        Assert.Equal(0, JsonDocument.Parse(await until.Content.ReadAsStringAsync(Ct)).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_stored_deleted_and_stored_again_instance_marks_the_first_create_replaced()
    {
        await using var server = await WithTwoStudiesAsync();
        using var client = server.Client();
        await client.DeleteInstanceAsync("2.2", "2.2.1", "2.2.1.1", Ct);
        await client.StoreInstancesAsync([TestInstances.Dataset("2.2", "2.2.1", "2.2.1.1")], cancellationToken: Ct);
        var entries = await client.GetChangeFeedAsync(new ChangeFeedOptions { IncludeMetadata = false }, Ct);
        Assert.Equal(ChangeFeedState.Replaced, entries[3].State);
        Assert.Equal(ChangeFeedState.Current, entries[5].State);
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>
/// The change feed's v1 and v2 parameters side by side over the same 12 entries (reference section 2): v1's limit
/// defaults to 10 and bounds a range of sequence numbers, v2's defaults to 100 and counts entries; v1 has no time window.
/// </summary>
public sealed class ChangeFeedV1Tests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static async Task<ServerFixture> WithTwelveEntriesAsync()
    {
        var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var result = await client.StoreInstancesAsync(
            Enumerable.Range(1, 12).Select(i => TestInstances.Dataset("1.1", "1.1.1", $"1.1.1.{i}")).ToList(), cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        return server;
    }

    private static async Task<List<long>> SequencesAsync(ServerFixture server, int version, string query)
    {
        var root = version == 1 ? server.Host.BaseAddressV1 : server.Host.BaseAddress;
        using var response = await server.Http.GetAsync(root + "changefeed?includeMetadata=false" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("Sequence").GetInt64()).ToList();
    }

    [Fact]
    public async Task Without_a_limit_v1_returns_10_entries_and_v2_all_12()
    {
        await using var server = await WithTwelveEntriesAsync();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), await SequencesAsync(server, 1, ""));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), await SequencesAsync(server, 2, ""));
    }

    [Fact]
    public async Task V1_ignores_start_time_which_v2_applies()
    {
        // Azure's v1 change feed has no time window; a startTime after every entry filters nothing there.
        await using var server = await WithTwelveEntriesAsync();
        const string future = "&startTime=2100-01-01T00:00:00Z";
        Assert.Equal(10, (await SequencesAsync(server, 1, future)).Count);
        Assert.Empty(await SequencesAsync(server, 2, future));
    }

    [Fact]
    public async Task With_a_gap_in_sequences_v1_limit_3_returns_fewer_entries_than_v2()
    {
        await using var server = await WithTwelveEntriesAsync();
        // A gap as Azure's feed can have one: sequence 2 is gone.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "index.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM change_feed WHERE sequence = 2";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        Assert.Equal([1L, 3], await SequencesAsync(server, 1, "&offset=0&limit=3"));
        Assert.Equal([1L, 3, 4], await SequencesAsync(server, 2, "&offset=0&limit=3"));
    }
}

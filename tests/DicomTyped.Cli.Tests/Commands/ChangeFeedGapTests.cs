using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;
using static DicomTyped.Cli.Tests.Support.ServedSamples;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary>
/// <c>dicomweb changefeed --from</c> and <c>--follow</c> over a feed whose sequence numbers have gaps. Azure's feed has
/// them (its identity column skips after rollbacks and restarts); the embedded server's AUTOINCREMENT never skips by
/// itself, so the test advances the served index's counter (sqlite_sequence) between stores, which is exactly how a
/// skipped sequence looks. The feed is blue 1, green 12, green's delete 13, red 19: v2's offset counts entries, so
/// <c>--from 12</c> is offset 1, not 11.
/// </summary>
public sealed class ChangeFeedGapTests : IAsyncLifetime
{
    private ServeProcess? _serve;

    private ServeProcess Serve => _serve ?? throw new InvalidOperationException("The server did not start.");

    public async Task InitializeAsync()
    {
        _serve = await ServeProcess.StartAsync();
        await StoreAsync(Serve.BaseAddress, ["blue-circle.dcm"]);
        await SkipSequencesAsync(10);
        await StoreAsync(Serve.BaseAddress, ["green-square.dcm"]);
        using var http = new HttpClient();
        using var deleted = await http.DeleteAsync(new Uri(Serve.BaseAddress, $"studies/{Study}/series/{GreenRedSeries}/instances/{Green}"));
        Assert.True(deleted.IsSuccessStatusCode, $"DELETE green: {(int)deleted.StatusCode}");
        await SkipSequencesAsync(5);
        await StoreAsync(Serve.BaseAddress, ["red-triangle.dcm"]);
    }

    public async Task DisposeAsync()
    {
        if (_serve is not null)
        {
            await _serve.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task From_a_sequence_after_a_gap_prints_it_and_every_later_one(string version)
    {
        var result = await Dicomweb.RunAsync(["changefeed", "--from", "12", "--url", VersionedUrl(version)]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["12", "13", "19"], Sequences(result.StandardOutput));
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task From_a_sequence_inside_a_gap_starts_at_the_next_one(string version)
    {
        var result = await Dicomweb.RunAsync(["changefeed", "--from", "14", "--url", VersionedUrl(version)]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["19"], Sequences(result.StandardOutput));
    }

    [Fact]
    public async Task From_past_the_last_sequence_prints_nothing()
    {
        var result = await Dicomweb.RunAsync(["changefeed", "--from", "20", "--url", Serve.BaseAddress.ToString()]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StandardOutput);
    }

    [Fact]
    public async Task Follow_after_a_gap_prints_the_entry_stored_after_it_started()
    {
        await using var follow = FollowProcess.Start("changefeed", "--follow", "--interval", "0.2", "--from", "13", "--url", Serve.BaseAddress.ToString());

        Assert.StartsWith("13\t", follow.NextLine());
        Assert.StartsWith("19\t", follow.NextLine());
        await SkipSequencesAsync(7);
        await StoreAsync(Serve.BaseAddress, ["green-square.dcm"]);

        var stored = follow.NextLine().Split('\t');
        Assert.Equal(("27", Green), (stored[0], stored[6]));
    }

    // Advances the AUTOINCREMENT counter of the served index's change_feed table, so the next entry skips count sequences.
    private async Task SkipSequencesAsync(int count)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Serve.DataDirectory, "index.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE sqlite_sequence SET seq = seq + $count WHERE name = 'change_feed'";
        command.Parameters.AddWithValue("$count", count);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private string VersionedUrl(string version) => new Uri(Serve.Root, version + "/").ToString();

    private static string[] Sequences(string output) => [.. Dicomweb.Lines(output).Select(line => line.Split('\t')[0])];
}

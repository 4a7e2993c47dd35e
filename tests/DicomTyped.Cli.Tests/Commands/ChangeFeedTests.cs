using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;
using static DicomTyped.Cli.Tests.Support.ServedSamples;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary><c>dicomweb changefeed</c> against <c>dicomweb serve</c> after storing blue, green and red in that order.</summary>
public sealed class ChangeFeedTests(ServedSamples served) : IClassFixture<ServedSamples>
{
    [Fact]
    public async Task Lists_one_create_entry_per_stored_instance_in_sequence_order()
    {
        var result = await served.RunAsync("changefeed");
        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = Dicomweb.Lines(result.StandardOutput).Select(l => l.Split('\t')).ToArray();
        Assert.Equal(["1", "2", "3"], entries.Select(e => e[0]));
        Assert.All(entries, e => Assert.Equal("create", e[2]));
        Assert.Equal([Blue, Green, Red], entries.Select(e => e[6]));
    }

    [Fact]
    public async Task From_starts_at_that_sequence_number()
    {
        var result = await served.RunAsync("changefeed", "--from", "3");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("3\t", Assert.Single(Dicomweb.Lines(result.StandardOutput)));
    }

    [Fact]
    public async Task Limit_stops_after_that_many_entries()
    {
        var result = await served.RunAsync("changefeed", "--limit", "2");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Dicomweb.Lines(result.StandardOutput).Length);
    }

    [Fact]
    public async Task Json_with_include_metadata_prints_one_object_per_line_with_the_instance_metadata()
    {
        var result = await served.RunAsync("changefeed", "--json", "--include-metadata", "--from", "2", "--limit", "1");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var entry = JsonDocument.Parse(Assert.Single(Dicomweb.Lines(result.StandardOutput)));
        Assert.Equal(2, entry.RootElement.GetProperty("Sequence").GetInt64());
        Assert.Equal(Green, entry.RootElement.GetProperty("Metadata").GetProperty("00080018").GetProperty("Value")[0].GetString());
    }

    [Fact]
    public async Task From_zero_is_refused()
    {
        var result = await served.RunAsync("changefeed", "--from", "0");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: --from must be a sequence number, 1 or more, not 0.", result.StandardError.Trim());
    }
}

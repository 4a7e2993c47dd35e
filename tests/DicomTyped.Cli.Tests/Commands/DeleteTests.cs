using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;
using static DicomTyped.Cli.Tests.Support.ServedSamples;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary><c>dicomweb delete</c> against <c>dicomweb serve</c>; each test stores the three samples again first.</summary>
public sealed class DeleteTests(ServedSamples served) : IClassFixture<ServedSamples>
{
    [Fact]
    public async Task Delete_instance_removes_only_that_instance()
    {
        await StoreAsync(served.BaseAddress, Files);
        var result = await served.RunAsync("delete", "instance", Study, GreenRedSeries, Green);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Deleted instance {Study}/{GreenRedSeries}/{Green}", result.StandardOutput.Trim());
        Assert.Equal(new[] { Blue, Red }.Order(), await InstancesAsync());
    }

    [Fact]
    public async Task Delete_series_removes_its_instances()
    {
        await StoreAsync(served.BaseAddress, Files);
        var result = await served.RunAsync("delete", "series", Study, GreenRedSeries);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([Blue], await InstancesAsync());
    }

    [Fact]
    public async Task Delete_study_removes_everything_in_it()
    {
        await StoreAsync(served.BaseAddress, Files);
        var result = await served.RunAsync("delete", "study", Study);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(await InstancesAsync());
    }

    [Fact]
    public async Task Deleting_a_study_the_service_does_not_have_exits_1_with_one_line()
    {
        var result = await served.RunAsync("delete", "study", "1.2.3.4.5.6.7");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: study 1.2.3.4.5.6.7 was not found on the service (404); nothing was deleted.", result.StandardError.Trim());
    }

    [Fact]
    public async Task A_malformed_uid_is_refused_before_any_request()
    {
        var result = await Dicomweb.RunAsync(["delete", "study", "1.2_x", "--url", "http://127.0.0.1:1/v2/"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'1.2_x' is not a UID", result.StandardError);
        Assert.DoesNotContain("Parameter", result.StandardError);
    }

    private async Task<string[]> InstancesAsync()
    {
        var result = await served.RunAsync("search", "instances", "--csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        return Dicomweb.Lines(result.StandardOutput).Skip(1).Select(l => l.Split(',')[2]).Order().ToArray();
    }
}

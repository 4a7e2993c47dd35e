using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;
using static DicomTyped.Cli.Tests.Support.ServedSamples;

namespace DicomTyped.Cli.Tests.Commands;

/// <summary><c>dicomweb changefeed --follow</c> as a running process: it prints what is stored after it started, and Ctrl+C (SIGINT) ends it with exit code 0.</summary>
public sealed class ChangeFeedFollowTests
{
    [Fact]
    public async Task Follow_prints_an_instance_stored_after_it_started_and_SIGINT_ends_it_with_exit_code_0()
    {
        await using var serve = await ServeProcess.StartAsync();
        await StoreAsync(serve.BaseAddress, Files.Take(2));
        await using var follow = FollowProcess.Start("changefeed", "--follow", "--interval", "0.2", "--url", serve.BaseAddress.ToString());

        Assert.StartsWith("1\t", follow.NextLine());
        Assert.StartsWith("2\t", follow.NextLine());
        await StoreAsync(serve.BaseAddress, Files.Skip(2));
        var third = follow.NextLine().Split('\t');
        Assert.Equal(("3", Red), (third[0], third[6]));

        var (exitCode, stderr) = await follow.InterruptAsync();
        Assert.True(exitCode == 0, stderr);
    }
}

using System;
using System.IO;
using System.Threading.Tasks;
using DicomTyped.Package.Tests.Support;
using Xunit;

namespace DicomTyped.Package.Tests;

/// <summary>The dicomweb .NET tool, installed from the run's feed as a user would install it.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ToolTests(PackageFeed feed)
{
    [Fact]
    public async Task The_dicomweb_tool_installs_from_the_feed_and_runs_the_tutorial()
    {
        var tools = feed.NewFolder("tools");
        await DotNetCli.DotNetAsync(tools, TimeSpan.FromMinutes(5),
            "tool", "install", "--tool-path", tools, "--add-source", feed.Directory, "dicomweb", "--version", feed.Version);

        var run = await DotNetCli.RunAsync(Path.Combine(tools, "dicomweb"), ["tutorial"], feed.NewFolder("tutorial"), TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, run.ToString());
    }
}

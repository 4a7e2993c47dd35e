using System;
using System.IO;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests.Peers;

/// <summary>npm <c>dicomweb-client</c> 0.11.3 (with xhr2 0.2.1 in Node) stores, searches and retrieves instances, metadata and frames from <c>dicomweb serve</c>.</summary>
public sealed class JavaScriptClientPeerTests
{
    private static string Folder => Path.Combine(Paths.PeersFolder, "js");

    [SkippableFact]
    public async Task Dicomweb_client_stores_searches_and_retrieves_against_serve()
    {
        var node = TestSupport.Peers.Require("node", "apt-get install -y nodejs npm");
        TestSupport.Peers.RequireThat(Directory.Exists(Path.Combine(Folder, "node_modules", "dicomweb-client")) && Directory.Exists(Path.Combine(Folder, "node_modules", "xhr2")),
            "tests/peers/js has no node_modules", "cd tests/peers/js && npm ci");
        await using var serve = await ServeProcess.StartAsync();
        var result = await ProcessRunner.RunAsync(node, ["peer.js", serve.BaseAddress.ToString(), Paths.Dcms], TimeSpan.FromMinutes(3), Folder);

        Assert.True(result.ExitCode == 0, result + "\n--- server ---\n" + serve.Output);
        Assert.Contains("dicomweb-client peer passed", result.StandardOutput);
        Assert.Contains("ok   retrieve frame 1", result.StandardOutput);
    }
}

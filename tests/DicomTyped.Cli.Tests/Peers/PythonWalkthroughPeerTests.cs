using System;
using System.IO;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests.Peers;

/// <summary>
/// The Azure walk-through's own Python (Debian's python3 with requests, requests_toolbelt, urllib3's multipart
/// helper and pydicom) runs the whole section-1 sequence against <c>dicomweb serve</c>.
/// </summary>
public sealed class PythonWalkthroughPeerTests
{
    private static string Script => Path.Combine(Paths.PeersFolder, "python", "walkthrough.py");

    [SkippableFact]
    public async Task The_walk_through_in_python_passes_against_serve()
    {
        RequirePython();
        await using var serve = await ServeProcess.StartAsync();
        var result = await ProcessRunner.RunAsync(TestSupport.Peers.DebianPython, [Script, serve.BaseAddress.ToString(), Paths.Dcms], TimeSpan.FromMinutes(3));

        Assert.True(result.ExitCode == 0, result + "\n--- server ---\n" + serve.Output);
        Assert.Contains("walk-through passed", result.StandardOutput);
        Assert.Contains("ok   store single instance (non-standard), again: 409", result.StandardOutput);
        Assert.Contains("ok   delete study again: 404", result.StandardOutput);
    }

    [SkippableFact]
    public async Task The_walk_through_in_python_with_the_servers_token_passes()
    {
        RequirePython();
        await using var serve = await ServeProcess.StartAsync("--require-token", "python-token");
        var result = await ProcessRunner.RunAsync(TestSupport.Peers.DebianPython, [Script, serve.BaseAddress.ToString(), Paths.Dcms, "python-token"], TimeSpan.FromMinutes(3));

        Assert.True(result.ExitCode == 0, result + "\n--- server ---\n" + serve.Output);
        Assert.Contains("walk-through passed", result.StandardOutput);
    }

    private static void RequirePython()
    {
        TestSupport.Peers.Require(TestSupport.Peers.DebianPython, "apt-get install -y python3");
        foreach (var (module, package) in new[] { ("requests", "python3-requests"), ("requests_toolbelt", "python3-requests-toolbelt"), ("pydicom", "python3-pydicom"), ("urllib3", "python3-urllib3") })
        {
            var found = Directory.Exists($"/usr/lib/python3/dist-packages/{module}");
            TestSupport.Peers.RequireThat(found, $"the Python module {module} is not installed for {TestSupport.Peers.DebianPython}", "apt-get install -y " + package);
        }
    }
}

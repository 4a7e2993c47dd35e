using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>
/// DCMTK's dcmdump and Debian's python3 with pydicom and numpy, which check what the server returns. On a developer
/// machine without them the test is skipped with what to install; with CI=true a missing peer fails the test.
/// </summary>
internal static class RetrievePeers
{
    public const string DebianPython = "/usr/bin/python3";

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RequireDcmdump() => Require("/usr/bin/dcmdump", "apt-get install dcmtk");

    public static string RequirePython() => Require(DebianPython, "apt-get install python3-pydicom python3-numpy");

    /// <summary>Runs a program to its end; returns exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static string Require(string path, string installHint)
    {
        if (File.Exists(path))
        {
            return path;
        }
        var message = $"{path} is not installed ({installHint}).";
        if (InCi)
        {
            Assert.Fail("CI=true but the peer is missing: " + message);
        }
        Skip.If(true, message);
        return "";
    }
}

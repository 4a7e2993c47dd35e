using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using DicomTyped.TestSupport;

namespace DicomTyped.Package.Tests.Support;

/// <summary>
/// Runs the dotnet CLI (and programs it made) as from a shell: the MSBuild and test-host variables of the process
/// running the tests are not passed on, so a <c>dotnet build</c> started here behaves as one started from a shell;
/// MSBuild nodes are not kept alive afterwards.
/// </summary>
internal static class DotNetCli
{
    public static string DotNet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs <paramref name="fileName"/> with the clean environment (see the class summary).</summary>
    public static Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout) =>
        ProcessRunner.RunAsync(fileName, arguments, timeout, workingDirectory, CleanEnvironment());

    /// <summary>Runs <c>dotnet {arguments}</c> and fails with everything printed when it does not exit 0.</summary>
    public static async Task<ProcessResult> DotNetAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var result = await RunAsync(DotNet, arguments, workingDirectory, timeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {workingDirectory}:\n{result}");
        }
        return result;
    }

    private static Dictionary<string, string?> CleanEnvironment()
    {
        var variables = new Dictionary<string, string?>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                variables[name] = null;
            }
        }
        variables["MSBUILDDISABLENODEREUSE"] = "1";
        variables["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        variables["DOTNET_NOLOGO"] = "1";
        variables["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return variables;
    }
}

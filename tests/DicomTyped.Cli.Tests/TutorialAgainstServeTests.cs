using System;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests;

/// <summary><c>dicomweb tutorial --url</c> against <c>dicomweb serve</c>: two real processes, as a user would run them.</summary>
public sealed class TutorialAgainstServeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Tutorial_with_url_passes_against_serve()
    {
        await using var serve = await ServeProcess.StartAsync();
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", serve.BaseAddress.ToString()], Timeout);

        Assert.True(result.ExitCode == 0, result + "\n--- server ---\n" + serve.Output);
        Assert.Contains("All 22 steps passed.", result.StandardOutput);
    }

    [Fact]
    public async Task Tutorial_with_the_servers_token_passes()
    {
        await using var serve = await ServeProcess.StartAsync("--require-token", "walk-through-token");
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", serve.BaseAddress.ToString(), "--auth", "token", "--token", "walk-through-token"], Timeout);

        Assert.True(result.ExitCode == 0, result + "\n--- server ---\n" + serve.Output);
    }

    [Fact]
    public async Task Tutorial_without_the_servers_token_stops_at_the_sign_in_check_with_401()
    {
        await using var serve = await ServeProcess.StartAsync("--require-token", "walk-through-token");
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", serve.BaseAddress.ToString()], Timeout);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("step 1 (Check sign-in: read the change feed) failed", line);
        Assert.Contains("401", line);
        Assert.Contains("Stopped after step 1 of 22", result.StandardOutput);
    }
}

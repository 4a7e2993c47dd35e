using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using DicomTyped.Client;
using Xunit;

namespace DicomTyped.Cli.Tests;

/// <summary>
/// <c>dicomweb tutorial --url</c> against a <c>dicomweb serve</c> that already holds blue-circle: step 2's store answers 409,
/// a check that differs (not a failure of the service), so the walk-through goes on and the program exits 1.
/// </summary>
public sealed class TutorialCheckDiffersTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_step_whose_check_differs_exits_1_after_running_every_step_and_names_it_on_stderr()
    {
        await using var serve = await ServeProcess.StartAsync();
        using (var client = DicomWebClient.Create(serve.BaseAddress))
        {
            var stored = await client.StoreInstancesAsync([Path.Combine(Paths.Dcms, "blue-circle.dcm")]);
            Assert.Equal(HttpStatusCode.OK, stored.HttpStatus);
        }

        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", serve.BaseAddress.ToString()], Timeout);

        Assert.True(result.ExitCode == 1, result + "\n--- server ---\n" + serve.Output);
        // Every step still ran and was printed, the last one included.
        var printed = Regex.Matches(result.StandardOutput, @"^\[(\d+)/22\] ", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value));
        Assert.Equal(Enumerable.Range(1, 22), printed);
        Assert.Contains("1 of 22 steps FAILED (21 passed).", result.StandardOutput);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("step 2 (Store one file (blue-circle)) failed", line);
        Assert.Contains("status: expected 200 OK, got 409 Conflict", line);
    }
}

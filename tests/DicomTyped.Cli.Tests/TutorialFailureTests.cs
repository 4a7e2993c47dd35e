using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests;

/// <summary>How <c>dicomweb tutorial --url</c> reports a service that fails: non-zero exit, one clear line, no stack trace.</summary>
public sealed class TutorialFailureTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_service_answering_500_stops_the_walk_through_with_one_line_naming_the_status()
    {
        await using var failing = new FailingHttpServer(500);
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", failing.BaseAddress.ToString()], Timeout);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Lines(result.StandardError));
        Assert.StartsWith("dicomweb: ", line);
        Assert.Contains("step 1 (Check sign-in: read the change feed) failed", line);
        Assert.Contains("500", line);
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError);
        Assert.Contains("Stopped after step 1 of 22", result.StandardOutput);
    }

    [Fact]
    public async Task Nothing_listening_is_reported_as_unreachable_in_one_line()
    {
        var port = ClosedPort();
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", $"http://127.0.0.1:{port}/v2/"], Timeout);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Lines(result.StandardError));
        Assert.Contains($"cannot reach http://127.0.0.1:{port}/v2/", line);
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        await using var failing = new FailingHttpServer(500);
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", failing.BaseAddress.ToString(), "--verbose"], Timeout);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("   at ", result.StandardError);
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_a_usage_error_naming_the_option()
    {
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", "ftp://example/"], Timeout);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--url must be an absolute http or https URL", result.StandardError);
    }

    [Fact]
    public async Task Token_auth_without_a_token_is_refused_before_any_request()
    {
        await using var failing = new FailingHttpServer(500);
        var result = await DicomWebProgram.RunAsync(["tutorial", "--url", failing.BaseAddress.ToString(), "--auth", "token"], Timeout);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dicomweb: --auth token needs --token or the DICOMWEB_TOKEN environment variable.", Assert.Single(Lines(result.StandardError)));
        Assert.Equal(0, failing.Requests);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // A port that was free a moment ago: nothing listens there.
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

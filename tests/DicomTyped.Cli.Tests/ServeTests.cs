using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests;

/// <summary><c>dicomweb serve</c> as a real process: listening, sign-in, limits, and stopping when killed by pid.</summary>
public sealed class ServeTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Serve_answers_the_change_feed_on_v1_and_v2()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var v2 = await Http.GetAsync(new Uri(serve.Root, "v2/changefeed"));
        using var v1 = await Http.GetAsync(new Uri(serve.Root, "v1/changefeed"));

        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
    }

    [Fact]
    public async Task Serve_listens_on_loopback_only()
    {
        await using var serve = await ServeProcess.StartAsync();

        Assert.Equal("127.0.0.1", serve.BaseAddress.Host);
        // The kernel's table of listening sockets: the port is bound to 127.0.0.1 and to nothing else.
        var listening = ListeningAddresses(serve.BaseAddress.Port);
        Assert.Equal(["0100007F"], listening);
    }

    [Fact]
    public async Task Serve_stops_when_killed_by_pid()
    {
        var serve = await ServeProcess.StartAsync();
        var root = serve.Root;
        var pid = serve.ProcessId;
        await serve.DisposeAsync();

        Assert.True(serve.Exited);
        Assert.Throws<ArgumentException>(() => System.Diagnostics.Process.GetProcessById(pid));
        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync(new Uri(root, "v2/changefeed")));
    }

    [Fact]
    public async Task Serve_with_require_token_answers_401_without_it_and_200_with_it()
    {
        await using var serve = await ServeProcess.StartAsync("--require-token", "s3cret-token");
        using var anonymous = await Http.GetAsync(new Uri(serve.Root, "v2/changefeed"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(serve.Root, "v2/changefeed"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        using var signedIn = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task Serve_with_a_token_file_requires_the_token_in_it()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "from-a-file\n");
            await using var serve = await ServeProcess.StartAsync("--require-token-file", file);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(serve.Root, "v2/changefeed"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "from-a-file");
            using var signedIn = await Http.SendAsync(request);
            using var anonymous = await Http.GetAsync(new Uri(serve.Root, "v2/changefeed"));

            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Serve_still_takes_token_as_the_old_spelling_of_require_token()
    {
        await using var serve = await ServeProcess.StartAsync("--token", "old-spelling");
        using var anonymous = await Http.GetAsync(new Uri(serve.Root, "v2/changefeed"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(serve.Root, "v2/changefeed"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "old-spelling");
        using var signedIn = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task Serve_help_lists_each_token_option_once_with_what_it_is_for()
    {
        var result = await DicomWebProgram.RunAsync(["serve", "--help"], TimeSpan.FromMinutes(1));

        Assert.Equal(0, result.ExitCode);
        var optionLines = result.StandardOutput.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith('-')).ToArray();
        var tokenLine = Assert.Single(optionLines, line => line.StartsWith("--token ", StringComparison.Ordinal));
        Assert.Contains("to send to --url", tokenLine);
        var requireLine = Assert.Single(optionLines, line => line.StartsWith("--require-token ", StringComparison.Ordinal));
        Assert.Contains("Require clients to send", requireLine);
    }

    [Fact]
    public async Task Serve_answers_413_to_a_body_above_max_body_size()
    {
        await using var serve = await ServeProcess.StartAsync("--max-body-size", "1000");
        using var content = new ByteArrayContent(new byte[5000]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/dicom");
        using var response = await Http.PostAsync(new Uri(serve.Root, "v2/studies"), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Serve_with_a_port_in_use_fails_with_one_line()
    {
        await using var first = await ServeProcess.StartAsync();
        var data = Directory.CreateTempSubdirectory("dicomweb-serve-test-").FullName;
        try
        {
            var result = await DicomWebProgram.RunAsync(["serve", "--port", first.BaseAddress.Port.ToString(CultureInfo.InvariantCulture), "--data", data], TimeSpan.FromMinutes(1));

            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("dicomweb: ", line);
            Assert.DoesNotContain("   at ", result.StandardError);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // Local addresses (hex, as /proc/net/tcp writes them) of sockets listening on port.
    private static string[] ListeningAddresses(int port)
    {
        const string listen = "0A";
        return File.ReadAllLines("/proc/net/tcp").Concat(File.Exists("/proc/net/tcp6") ? File.ReadAllLines("/proc/net/tcp6") : [])
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == listen && f[1].Split(':') is [_, var hexPort] && int.Parse(hexPort, NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            .Select(f => f[1].Split(':')[0])
            .ToArray();
    }
}

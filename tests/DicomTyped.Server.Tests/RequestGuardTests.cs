using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

public sealed class RequestGuardTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Theory]
    [InlineData("studies/1..2")]
    [InlineData("studies/1.2.3%2F..%2F..%2Findex.db")]
    [InlineData("studies/1.2.3!")]
    [InlineData("studies/1.2_3")]
    public async Task A_route_uid_outside_the_uid_syntax_is_400_and_stores_nothing(string path)
    {
        await using var server = await ServerFixture.StartAsync();
        var content = new ByteArrayContent(File.ReadAllBytes(TestInstances.Dcm("blue-circle.dcm")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using var post = await server.Http.SendAsync(TestInstances.StoreRequest(path, content), Ct);
        using var delete = await server.Http.DeleteAsync(path, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_dot_dot_segment_sent_raw_is_400()
    {
        await using var server = await ServerFixture.StartAsync();
        // HttpClient would resolve '..' itself; a raw request line shows what a hostile client can send.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Host.Port, Ct);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("DELETE /v2/studies/1.2.3/series/../../1.2 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), Ct);
        using var reader = new StreamReader(stream);
        var statusLine = await reader.ReadLineAsync(Ct);
        Assert.StartsWith("HTTP/1.1 400", statusLine);
    }

    [Fact]
    public async Task With_a_token_a_request_without_it_is_401_and_with_it_is_served()
    {
        await using var server = await ServerFixture.StartAsync(o => o.BearerToken = "s3cret-token");
        using var anonymous = await server.Http.GetAsync("changefeed", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "changefeed") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-tokeX") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Http.SendAsync(wrong, Ct)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "changefeed") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token") } };
        Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(right, Ct)).StatusCode);
    }

    [Fact]
    public async Task Sign_in_is_off_by_default()
    {
        await using var server = await ServerFixture.StartAsync();
        using var response = await server.Http.GetAsync("changefeed", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_non_loopback_address_is_refused_unless_allowed()
    {
        var options = new DicomWebServerOptions { DataDirectory = TestPaths.NewTemporaryFolder(), ListenAddress = IPAddress.Any };
        await Assert.ThrowsAsync<System.ArgumentException>(() => DicomWebServerHost.StartAsync(options, Ct));
    }
}

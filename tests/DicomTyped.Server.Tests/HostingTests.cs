using System.Net;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Host_listens_on_loopback_with_a_v2_base_address()
    {
        await using var server = await ServerFixture.StartAsync();
        Assert.Equal("127.0.0.1", server.Host.BaseAddress.Host);
        Assert.EndsWith("/v2/", server.Host.BaseAddress.AbsolutePath);
        using var response = await server.Http.GetAsync("changefeed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

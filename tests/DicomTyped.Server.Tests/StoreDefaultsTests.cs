using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>What a store request meets with the server's default options.</summary>
public sealed class StoreDefaultsTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_40_MB_body_is_stored_under_the_default_4_GB_limit_not_kestrels_30_MB()
    {
        await using var server = await ServerFixture.StartAsync();
        var content = new GeneratedInstanceContent(40L << 20);
        Assert.True(content.Length > 40_000_000);
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_store_whose_accept_excludes_dicom_json_is_406_and_stores_nothing()
    {
        // Reference section 2: Azure's store answers 406 for an Accept it cannot satisfy.
        await using var server = await ServerFixture.StartAsync();
        var content = new ByteArrayContent(TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        var request = new HttpRequestMessage(HttpMethod.Post, "studies") { Content = content };
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await server.Http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        using var search = await server.Http.GetAsync("instances?SOPInstanceUID=1.2.3.1.1", Ct);
        Assert.Equal(HttpStatusCode.NoContent, search.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_empty_single_part_body_is_204_like_an_empty_multipart_request(bool chunked)
    {
        // Reference section 2: 204 for an empty request; a zero-byte application/dicom body holds no instance, whether
        // it says so up front (Content-Length: 0) or only ends (chunked).
        await using var server = await ServerFixture.StartAsync();
        HttpContent content = chunked ? new StreamContent(new EmptyUnseekableStream()) : new ByteArrayContent([]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private sealed class EmptyUnseekableStream : System.IO.MemoryStream
    {
        public override bool CanSeek => false;
    }
}

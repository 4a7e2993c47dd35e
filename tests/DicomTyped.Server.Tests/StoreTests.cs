using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

public sealed class StoreTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Walkthrough_files_store_with_200_and_retrieve_urls_on_this_server()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var result = await client.StoreInstancesAsync([TestInstances.Dcm("red-triangle.dcm"), TestInstances.Dcm("green-square.dcm")], TestInstances.Study, Ct);
        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        Assert.Equal(2, result.Stored.Count);
        Assert.All(result.Stored, s => Assert.StartsWith(server.Host.BaseAddress + "studies/" + TestInstances.Study + "/series/", s.RetrieveUrl));
        Assert.Equal(server.Host.BaseAddress + "studies/" + TestInstances.Study, result.RetrieveUrl);
    }

    [Fact]
    public async Task Storing_the_same_instance_again_single_part_is_409_with_45070()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        await client.StoreInstancesAsync([TestInstances.Dcm("blue-circle.dcm")], cancellationToken: Ct);
        var again = await client.StoreSinglePartAsync(TestInstances.Dcm("blue-circle.dcm"), cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.HttpStatus);
        Assert.Equal(45070, Assert.Single(again.Failed).ReasonCode);
    }

    [Fact]
    public async Task An_instance_of_another_study_than_the_route_fails_with_43265_and_the_rest_is_stored()
    {
        await using var server = await ServerFixture.StartAsync();
        var good = TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1"));
        var other = TestInstances.Part10(TestInstances.Dataset("9.9.9", "9.9.9.1", "9.9.9.1.1"));
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies/1.2.3",
            TestInstances.Multipart([("application/dicom", good), ("application/dicom", other)])), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("1.2.3.1.1", StoreResponseJson.Uid(Assert.Single(body.Referenced)));
        Assert.Equal(43265, StoreResponseJson.Reason(Assert.Single(body.Failed), "00081197"));
    }

    [Theory]
    [InlineData("not dicom")]
    [InlineData("truncated")]
    public async Task One_bad_part_fails_that_instance_only_with_272(string kind)
    {
        await using var server = await ServerFixture.StartAsync();
        var good = TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1"));
        var bad = kind == "not dicom"
            ? "this is not a DICOM file at all, just text"u8.ToArray()
            : File.ReadAllBytes(TestInstances.Dcm("blue-circle.dcm"))[..100_000];
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies",
            TestInstances.Multipart([("application/dicom", bad), ("application/dicom", good)])), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct));
        Assert.Single(body.Referenced);
        var failed = Assert.Single(body.Failed);
        Assert.Equal(272, StoreResponseJson.Reason(failed, "00081197"));
        Assert.NotEmpty(StoreResponseJson.Comments(failed));
        Assert.Single(Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*.dcm", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_required_attribute_fails_with_43264_and_names_it()
    {
        await using var server = await ServerFixture.StartAsync();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        dataset.Remove(DicomTags.PatientID);
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies",
            TestInstances.Multipart([("application/dicom", TestInstances.Part10(dataset))])), Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var failed = Assert.Single(new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct)).Failed);
        Assert.Equal(43264, StoreResponseJson.Reason(failed, "00081197"));
        Assert.Contains(StoreResponseJson.Comments(failed), c => c.Contains("PatientID"));
    }

    [Fact]
    public async Task V2_stores_an_invalid_searchable_attribute_with_a_warning_and_does_not_search_it()
    {
        await using var server = await ServerFixture.StartAsync();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1", studyDate: "2024-01-15");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies",
            TestInstances.Multipart([("application/dicom", TestInstances.Part10(dataset))])), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = Assert.Single(new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct)).Referenced);
        Assert.Equal(1, StoreResponseJson.Reason(stored, "00081196"));
        Assert.Contains(StoreResponseJson.Comments(stored), c => c.Contains("StudyDate"));
        using var search = await server.Http.GetAsync("studies?StudyDate=20240101-20241231", Ct);
        Assert.Equal(HttpStatusCode.NoContent, search.StatusCode);
        using var client = server.Client();
        var metadata = Assert.Single(await client.GetChangeFeedAsync(cancellationToken: Ct)).Metadata;
        Assert.NotNull(metadata);
        Assert.False(metadata.Contains(DicomTags.StudyDate));
        Assert.True(metadata.Contains(DicomTags.PatientName));
    }

    [Fact]
    public async Task V1_fails_an_instance_with_an_invalid_searchable_attribute()
    {
        await using var server = await ServerFixture.StartAsync();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1", studyDate: "2024-01-15");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest(server.Host.BaseAddressV1 + "studies",
            TestInstances.Multipart([("application/dicom", TestInstances.Part10(dataset))])), Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(43264, StoreResponseJson.Reason(Assert.Single(new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct)).Failed), "00081197"));
    }

    [Fact]
    public async Task An_empty_multipart_request_is_204()
    {
        await using var server = await ServerFixture.StartAsync();
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", TestInstances.Multipart([])), Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("multipart/related; type=\"application/json\"; boundary=x")]
    public async Task Other_content_types_are_415(string contentType)
    {
        await using var server = await ServerFixture.StartAsync();
        var content = new ByteArrayContent("{}"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_preamble_is_zeroed_on_store()
    {
        await using var server = await ServerFixture.StartAsync();
        var bytes = TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1"), preambleByte: 0xEE);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = File.ReadAllBytes(Assert.Single(Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*.dcm", SearchOption.AllDirectories)));
        Assert.All(stored[..128], b => Assert.Equal(0, b));
        Assert.Equal(bytes[128..], stored[128..]);
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_400_and_keeps_and_reports_what_was_stored_before()
    {
        await using var server = await ServerFixture.StartAsync();
        var first = TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1"));
        var second = TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.2"));
        // The second part never ends: no delimiter follows it.
        using var body = new MemoryStream();
        var head = System.Text.Encoding.ASCII.GetBytes($"--{TestInstances.Boundary}\r\nContent-Type: application/dicom\r\n\r\n");
        body.Write(head); body.Write(first); body.Write("\r\n"u8);
        body.Write(head); body.Write(second);
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/related; type=\"application/dicom\"; boundary={TestInstances.Boundary}");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Warning"), w => w.StartsWith("299 ") && w.Contains("malformed"));
        var reported = new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("1.2.3.1.1", StoreResponseJson.Uid(Assert.Single(reported.Referenced)));
        using var search = await server.Http.GetAsync("instances?SOPInstanceUID=1.2.3.1.1", Ct);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    [Fact]
    public async Task A_body_above_the_limit_is_413()
    {
        await using var server = await ServerFixture.StartAsync(o => o.MaxRequestBodySize = 64 * 1024);
        using var client = server.Client();
        using var content = new ByteArrayContent(File.ReadAllBytes(TestInstances.Dcm("blue-circle.dcm")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_is_413_and_leaves_no_file()
    {
        await using var server = await ServerFixture.StartAsync(o => o.MaxRequestBodySize = 64 * 1024);
        // No Content-Length: the limit is only met while the body is read.
        using var content = new StreamContent(new NonSeekableStream(File.ReadAllBytes(TestInstances.Dcm("blue-circle.dcm"))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Directory.GetFiles(server.DataDirectory, "*.dcm", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(server.DataDirectory, "tmp")));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task Concurrent_stores_of_one_instance_store_it_once_and_the_others_get_45070_or_45071()
    {
        await using var server = await ServerFixture.StartAsync();
        var bytes = File.ReadAllBytes(TestInstances.Dcm("blue-circle.dcm"));
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
            using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Contains(StoreResponseJson.Reason(Assert.Single(new StoreResponseJson(r.Body).Failed), "00081197"), new int?[] { 45070, 45071 });
        });
        Assert.Single(Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*.dcm", SearchOption.AllDirectories));
    }
}

using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>Issue 7 for the server: requests shaped to cost the most, each answered as a request, never as a server fault.</summary>
public sealed class HostileRequestTests(SeededSearchServer seeded) : IClassFixture<SeededSearchServer>
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_fuzzy_name_of_a_thousand_words_is_searched_not_a_server_error()
    {
        var words = string.Join("%20", Enumerable.Repeat("doe", 1_000));
        using var response = await seeded.Server.Http.GetAsync($"studies?PatientName={words}&fuzzymatching=true", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_fuzzy_name_of_a_thousand_different_words_is_400_naming_the_limit()
    {
        var words = string.Join("%20", Enumerable.Range(0, 1_000).Select(i => "w" + i));
        using var response = await seeded.Server.Http.GetAsync($"studies?PatientName={words}&fuzzymatching=true", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1000 different words; fuzzy matching takes at most 32", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_fuzzy_name_of_as_many_different_words_as_allowed_is_searched()
    {
        var words = string.Join("%20", Enumerable.Range(0, 32).Select(i => "w" + i));
        using var response = await seeded.Server.Http.GetAsync($"studies?PatientName={words}&fuzzymatching=true", Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task An_includefield_repeated_a_thousand_times_is_answered_once()
    {
        var fields = string.Join(",", Enumerable.Repeat("00100010", 800));
        using var response = await seeded.Server.Http.GetAsync($"studies?includefield={fields}&includefield=StudyTime", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_repeated_a_thousand_times_is_400_naming_the_key()
    {
        var query = string.Join("&", Enumerable.Repeat("PatientID=P1", 600));
        using var response = await seeded.Server.Http.GetAsync($"studies?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'PatientID' is given 600 times", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_malformed_part_header_with_non_ascii_bytes_is_400_with_a_visible_ascii_warning()
    {
        await using var server = await ServerFixture.StartAsync();
        // The reader's message quotes the part's Content-Type, which the answer's Warning header then carries.
        var body = Encoding.Latin1.GetBytes($"--{TestInstances.Boundary}\r\nContent-Type: caf\u00e9\u00ed\r\n\r\nxx\r\n--{TestInstances.Boundary}--\r\n");
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/related; type=\"application/dicom\"; boundary={TestInstances.Boundary}");
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var warning = Assert.Single(response.Headers.GetValues("Warning"));
        Assert.Contains("caf??", warning);
        Assert.All(warning, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public async Task A_control_character_in_a_date_range_is_400_naming_the_attribute()
    {
        using var response = await seeded.Server.Http.GetAsync("studies?StudyDate=20240101-2024%0001", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("StudyDate", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_store_request_past_the_part_limit_is_413_and_stores_and_reports_the_parts_before_it()
    {
        await using var server = await ServerFixture.StartAsync(o => o.MaxPartsPerRequest = 2);
        var parts = Enumerable.Range(1, 4).Select(i => ("application/dicom", TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", $"1.2.3.1.{i}"))));
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", TestInstances.Multipart(parts)), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Warning"), w => w.Contains("MaxPartsPerRequest"));
        var reported = new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["1.2.3.1.1", "1.2.3.1.2"], reported.Referenced.Select(StoreResponseJson.Uid).Order());
        Assert.Equal(2, Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*.dcm", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task An_instance_nested_deeper_than_the_reading_limit_fails_with_272_naming_the_limit()
    {
        await using var server = await ServerFixture.StartAsync();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        var inner = new DicomDataset();
        for (var depth = 0; depth < 100; depth++)
        {
            var outer = new DicomDataset();
            outer.SetSequence(DicomTags.ReferencedStudySequence, inner);
            inner = outer;
        }
        dataset.SetSequence(DicomTags.ReferencedStudySequence, inner);
        using var stream = new MemoryStream();
        new DicomFile(dataset).Save(stream, new DicomWriteOptions { MaxNestingDepth = 1_000 });
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies",
            TestInstances.Multipart([("application/dicom", stream.ToArray())])), Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var failed = Assert.Single(new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct)).Failed);
        Assert.Equal(272, StoreResponseJson.Reason(failed, "00081197"));
        Assert.Contains(StoreResponseJson.Comments(failed), c => c.Contains("MaxNestingDepth"));
        Assert.Empty(Directory.GetFiles(server.DataDirectory, "*.dcm", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task No_answer_carries_the_token_a_client_sent()
    {
        const string token = "s3cret-token-7f1e";
        await using var server = await ServerFixture.StartAsync(o => o.BearerToken = token);
        foreach (var (presented, path, accept) in new[] { (token + "x", "studies", "application/dicom+json"), (token, "studies?PatientNme=x", "application/dicom+json"), (token, "studies", "text/html") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + presented);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await server.Http.SendAsync(request, Ct);
            Assert.True((int)response.StatusCode is 400 or 401 or 406, $"{path}: {response.StatusCode}");
            var everything = response.Headers.ToString() + response.Content.Headers + await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain(token, everything);
        }
    }
}

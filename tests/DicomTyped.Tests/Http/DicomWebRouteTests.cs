using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;
using Xunit;

namespace DicomTyped.Tests.Http;

/// <summary>What each Refit route puts on the wire, seen by a loopback server (RawUrl is the request-target as sent).</summary>
public class DicomWebRouteTests
{
    private const string Study = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420";
    private const string Series = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652";
    private const string Instance = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395";

    private static CancellationToken Ct => CancellationToken.None;

    [Theory]
    [InlineData("v2")]
    [InlineData("v2/")]
    [InlineData("dicom-web")]
    [InlineData("prefix/dicom-web/")]
    public async Task The_base_path_is_kept_with_or_without_a_trailing_slash(string basePath)
    {
        await using var server = new LoopbackServer();
        var api = DicomWebHttpClientFactory.CreateApi<IDicomWebApi>(new Uri(server.Root, basePath));
        using var response = await api.RetrieveStudyAsync(Study, DicomAcceptHeader.MultipartDicom, Ct);
        var expectedPrefix = "/" + basePath.TrimEnd('/') + "/";
        Assert.Equal(expectedPrefix + "studies/" + Study, server.Requests.Single().RawUrl);
    }

    [Fact]
    public async Task Every_retrieve_route_and_its_accept_header()
    {
        await using var server = new LoopbackServer();
        var api = DicomWebHttpClientFactory.CreateApi<IDicomWebApi>(new Uri(server.Root, "v2"));
        (await api.RetrieveSeriesAsync(Study, Series, DicomAcceptHeader.MultipartDicom, Ct)).Dispose();
        (await api.RetrieveInstanceAsync(Study, Series, Instance, DicomAcceptHeader.DicomFile, Ct)).Dispose();
        (await api.RetrieveStudyMetadataAsync(Study, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.RetrieveSeriesMetadataAsync(Study, Series, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.RetrieveInstanceMetadataAsync(Study, Series, Instance, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.RetrieveFramesAsync(Study, Series, Instance, DicomFrameList.Of(1, 2, 3), DicomAcceptHeader.MultipartFrames, Ct)).Dispose();
        (await api.RetrieveRenderedInstanceAsync(Study, Series, Instance, null, DicomAcceptHeader.Jpeg, Ct)).Dispose();
        (await api.RetrieveRenderedFrameAsync(Study, Series, Instance, 1, 90, DicomAcceptHeader.Jpeg, Ct)).Dispose();
        var instance = $"/v2/studies/{Study}/series/{Series}/instances/{Instance}";
        Assert.Equal(
            [
                ($"/v2/studies/{Study}/series/{Series}", "multipart/related; type=\"application/dicom\"; transfer-syntax=*"),
                (instance, "application/dicom; transfer-syntax=*"),
                ($"/v2/studies/{Study}/metadata", "application/dicom+json"),
                ($"/v2/studies/{Study}/series/{Series}/metadata", "application/dicom+json"),
                (instance + "/metadata", "application/dicom+json"),
                (instance + "/frames/1,2,3", "multipart/related; type=\"application/octet-stream\"; transfer-syntax=*"),
                (instance + "/rendered", "image/jpeg"),
                (instance + "/frames/1/rendered?quality=90", "image/jpeg"),
            ],
            server.Requests.Select(r => (r.RawUrl, r.Accept)).ToArray());
    }

    [Fact]
    public async Task Search_queries_reach_the_server_as_written()
    {
        await using var server = new LoopbackServer();
        var api = DicomWebHttpClientFactory.CreateApi<IDicomWebApi>(new Uri(server.Root, "v2"));
        const string query = "PatientName=DOE^JOHN&StudyDate=20200101-20201231&ModalitiesInStudy=OT,MR&AccessionNumber=A?C*&includefield=00100010&limit=5";
        (await api.SearchStudiesAsync(query, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.SearchSeriesAsync("SeriesInstanceUID=" + Series, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.SearchInstancesAsync("SOPInstanceUID=" + Instance, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.SearchStudySeriesAsync(Study, "Modality=OT", DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.SearchStudyInstancesAsync(Study, "", DicomAcceptHeader.DicomJson, Ct)).Dispose();
        (await api.SearchSeriesInstancesAsync(Study, Series, "PatientName=M%C3%BCller^Hans", DicomAcceptHeader.DicomJson, Ct)).Dispose();
        Assert.Equal(
            [
                "/v2/studies?" + query,
                "/v2/series?SeriesInstanceUID=" + Series,
                "/v2/instances?SOPInstanceUID=" + Instance,
                $"/v2/studies/{Study}/series?Modality=OT",
                $"/v2/studies/{Study}/instances",
                $"/v2/studies/{Study}/series/{Series}/instances?PatientName=M%C3%BCller^Hans",
            ],
            server.Requests.Select(r => r.RawUrl).ToArray());
        Assert.All(server.Requests, r => Assert.Equal("application/dicom+json", r.Accept));
    }

    [Fact]
    public async Task Characters_http_cannot_carry_are_escaped_and_nothing_else()
    {
        await using var server = new LoopbackServer();
        var api = DicomWebHttpClientFactory.CreateApi<IDicomWebApi>(new Uri(server.Root, "v2"));
        (await api.SearchStudiesAsync("PatientName=Müller^Hans Peter&StudyDescription=\"x\"", DicomAcceptHeader.DicomJson, Ct)).Dispose();
        Assert.Equal("/v2/studies?PatientName=M%C3%BCller^Hans%20Peter&StudyDescription=%22x%22", server.Requests.Single().RawUrl);
    }

    [Fact]
    public async Task Store_sends_the_content_untouched_to_both_routes()
    {
        await using var server = new LoopbackServer();
        var api = DicomWebHttpClientFactory.CreateApi<IDicomWebApi>(new Uri(server.Root, "v2"));
        using (var single = new ByteArrayContent([1, 2, 3]))
        {
            single.Headers.TryAddWithoutValidation("Content-Type", "application/dicom");
            (await api.StoreAsync(single, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        }
        using (var multipart = new ByteArrayContent([4, 5]))
        {
            multipart.Headers.TryAddWithoutValidation("Content-Type", "multipart/related; type=\"application/dicom\"; boundary=abc");
            (await api.StoreToStudyAsync(Study, multipart, DicomAcceptHeader.DicomJson, Ct)).Dispose();
        }
        var requests = server.Requests.ToArray();
        Assert.Equal(("POST", "/v2/studies", "application/dicom", "application/dicom+json"), (requests[0].Method, requests[0].RawUrl, requests[0].ContentType, requests[0].Accept));
        Assert.Equal(new byte[] { 1, 2, 3 }, requests[0].Body);
        Assert.Equal(("POST", $"/v2/studies/{Study}", "multipart/related; type=\"application/dicom\"; boundary=abc"), (requests[1].Method, requests[1].RawUrl, requests[1].ContentType));
        Assert.Equal(new byte[] { 4, 5 }, requests[1].Body);
    }

    [Fact]
    public async Task Delete_routes()
    {
        await using var server = new LoopbackServer();
        var api = DicomWebHttpClientFactory.CreateApi<IDicomWebDeleteApi>(new Uri(server.Root, "v2"));
        (await api.DeleteInstanceAsync(Study, Series, Instance, Ct)).Dispose();
        (await api.DeleteSeriesAsync(Study, Series, Ct)).Dispose();
        (await api.DeleteStudyAsync(Study, Ct)).Dispose();
        Assert.Equal(
            [$"DELETE /v2/studies/{Study}/series/{Series}/instances/{Instance}", $"DELETE /v2/studies/{Study}/series/{Series}", $"DELETE /v2/studies/{Study}"],
            server.Requests.Select(r => r.Method + " " + r.RawUrl).ToArray());
    }

    [Fact]
    public async Task Change_feed_parameters_are_sent_only_when_given_and_in_documented_form()
    {
        await using var server = new LoopbackServer();
        var api = DicomWebHttpClientFactory.CreateApi<IDicomWebChangeFeedApi>(new Uri(server.Root, "v2"));
        (await api.GetChangeFeedAsync(null, null, null, null, null, Ct)).Dispose();
        (await api.GetChangeFeedAsync(10, 200, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), false, Ct)).Dispose();
        (await api.GetLatestChangeAsync(true, Ct)).Dispose();
        Assert.Equal(
            [
                "/v2/changefeed",
                "/v2/changefeed?offset=10&limit=200&startTime=2024-05-01T10%3A00%3A00Z&endTime=2024-05-02T00%3A00%3A00Z&includeMetadata=false",
                "/v2/changefeed/latest?includeMetadata=true",
            ],
            server.Requests.Select(r => r.RawUrl).ToArray());
    }

    [Fact]
    public void A_base_address_must_be_absolute_http_without_query()
    {
        Assert.Equal("https://ws-svc.dicom.azurehealthcareapis.com/v2/", DicomWebBaseAddress.Normalize("https://ws-svc.dicom.azurehealthcareapis.com/v2").AbsoluteUri);
        Assert.Equal("http://127.0.0.1:8042/dicom-web/", DicomWebBaseAddress.Normalize("http://127.0.0.1:8042/dicom-web/").AbsoluteUri);
        Assert.Throws<ArgumentException>(() => DicomWebBaseAddress.Normalize("ftp://host/v2"));
        Assert.Throws<ArgumentException>(() => DicomWebBaseAddress.Normalize("https://host/v2?x=1"));
        Assert.Throws<ArgumentException>(() => DicomWebBaseAddress.Normalize("v2/"));
    }
}

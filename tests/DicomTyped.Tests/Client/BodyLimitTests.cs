using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Client;

/// <summary>
/// A hostile loopback server (a real HttpListener on 127.0.0.1) sends endless bodies; every body the client reads into
/// memory stops at its limit in <see cref="DicomWebClientOptions"/> with an exception naming the limit and its option.
/// Memory is shown bounded by what the server managed to send before the client hung up: the limit plus socket buffers,
/// against a body of up to 256 MB that an unbounded reader would take whole.
/// </summary>
public sealed class BodyLimitTests
{
    private const long Limit = 1024 * 1024;
    private const long Cap = 256L * 1024 * 1024;
    private const long MostTheClientMayLetThrough = 48L * 1024 * 1024;
    private const string Instance = "{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"DOE^JOHN\"}]}},";
    private const string Change = "{\"Sequence\":1,\"StudyInstanceUid\":\"1.2\",\"SeriesInstanceUid\":\"1.2.3\",\"SopInstanceUid\":\"1.2.3.4\",\"Action\":\"Create\",\"Timestamp\":\"2024-01-01T00:00:00Z\",\"State\":\"Current\"},";
    private static CancellationToken Ct => CancellationToken.None;

    private static readonly DicomWebClientOptions Small = new()
    {
        MaxRetryAttempts = 0,
        MaxJsonBodyBytes = Limit,
        MaxFrameBytes = Limit,
        MaxRenderedBytes = Limit,
        MaxErrorBodyBytes = 4096,
    };

    private static async Task<DicomWebResponseTooLargeException> AssertStopsAtLimit(EndlessBody body, Func<DicomWebClient, Task> call, string optionName)
    {
        await using var server = new LoopbackServer(body.WriteAsync);
        using var client = DicomWebClient.Create(server.Root, options: Small);
        var exception = await Assert.ThrowsAsync<DicomWebResponseTooLargeException>(() => call(client));
        Assert.Equal(optionName, exception.OptionName);
        Assert.Equal(Limit, exception.Limit);
        Assert.Contains("DicomWebClientOptions." + optionName, exception.Message);
        Assert.Contains("1048576 bytes", exception.Message);
        Assert.True(body.BytesWritten < MostTheClientMayLetThrough, $"The server sent {body.BytesWritten:N0} bytes before the client hung up.");
        return exception;
    }

    [Fact]
    public Task An_endless_change_feed_stops_at_MaxJsonBodyBytes() =>
        AssertStopsAtLimit(new EndlessBody("application/json", "[", Change, Cap), client => client.GetChangeFeedAsync(cancellationToken: Ct), nameof(DicomWebClientOptions.MaxJsonBodyBytes));

    [Fact]
    public Task An_endless_latest_change_stops_at_MaxJsonBodyBytes() =>
        AssertStopsAtLimit(new EndlessBody("application/json", "{\"Metadata\":{\"00100010\":{\"vr\":\"PN\",\"Value\":[\"", "A", Cap), client => client.GetLatestChangeAsync(cancellationToken: Ct), nameof(DicomWebClientOptions.MaxJsonBodyBytes));

    [Fact]
    public Task An_endless_metadata_body_stops_at_MaxJsonBodyBytes() =>
        AssertStopsAtLimit(new EndlessBody("application/dicom+json", "[", Instance, Cap), client => client.RetrieveStudyMetadataAsync(WalkThrough.Study, cancellationToken: Ct), nameof(DicomWebClientOptions.MaxJsonBodyBytes));

    [Fact]
    public Task An_endless_search_body_stops_at_MaxJsonBodyBytes_through_the_shared_reader() =>
        AssertStopsAtLimit(new EndlessBody("application/dicom+json", "[", Instance, Cap), client => client.SearchAsync(AzureV2.Qido.Studies(), Ct), nameof(DicomWebClientOptions.MaxJsonBodyBytes));

    [Fact]
    public Task An_endless_store_response_stops_at_MaxJsonBodyBytes() =>
        AssertStopsAtLimit(new EndlessBody("application/dicom+json", "{\"00000902\":{\"vr\":\"LO\",\"Value\":[\"", "A", Cap), client => client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct), nameof(DicomWebClientOptions.MaxJsonBodyBytes));

    [Fact]
    public Task An_endless_rendered_image_stops_at_MaxRenderedBytes() =>
        AssertStopsAtLimit(new EndlessBody("image/jpeg", "\xFF\xD8", "JPEG", Cap), client => client.RetrieveRenderedInstanceAsync("1.2", "1.2.3", "1.2.3.4", cancellationToken: Ct), nameof(DicomWebClientOptions.MaxRenderedBytes));

    [Fact]
    public Task An_endless_single_part_frame_stops_at_MaxFrameBytes() =>
        AssertStopsAtLimit(new EndlessBody("application/octet-stream", "", "\0\u0001\u0002\u0003", Cap), client => client.RetrieveFrameAsync("1.2", "1.2.3", "1.2.3.4", 1, Ct), nameof(DicomWebClientOptions.MaxFrameBytes));

    [Fact]
    public Task An_endless_frame_part_stops_at_MaxFrameBytes() =>
        AssertStopsAtLimit(
            new EndlessBody("multipart/related; type=\"application/octet-stream\"; boundary=b", "--b\r\nContent-Type: application/octet-stream\r\n\r\n", "\0\u0001\u0002\u0003", Cap),
            client => client.RetrieveFrameAsync("1.2", "1.2.3", "1.2.3.4", 1, Ct),
            nameof(DicomWebClientOptions.MaxFrameBytes));

    [Fact]
    public async Task A_frame_part_declaring_more_than_MaxFrameBytes_is_refused_before_it_is_read()
    {
        var body = new EndlessBody("multipart/related; type=\"application/octet-stream\"; boundary=b", "--b\r\nContent-Type: application/octet-stream\r\nContent-Length: 10000000000\r\n\r\n", "\0", Cap);
        var exception = await AssertStopsAtLimit(body, client => client.RetrieveFrameAsync("1.2", "1.2.3", "1.2.3.4", 1, Ct), nameof(DicomWebClientOptions.MaxFrameBytes));
        Assert.Equal(10_000_000_000, exception.DeclaredLength);
    }

    [Fact]
    public async Task A_metadata_body_declaring_more_than_MaxJsonBodyBytes_is_refused_before_it_is_read()
    {
        var body = new EndlessBody("application/dicom+json", "[", Instance, Cap) { DeclaredLength = 10_000_000_000 };
        var exception = await AssertStopsAtLimit(body, client => client.RetrieveStudyMetadataAsync(WalkThrough.Study, cancellationToken: Ct), nameof(DicomWebClientOptions.MaxJsonBodyBytes));
        Assert.Equal(10_000_000_000, exception.DeclaredLength);
    }

    [Fact]
    public async Task An_endless_error_body_is_cut_at_MaxErrorBodyBytes_and_the_status_is_still_the_error()
    {
        var body = new EndlessBody("text/plain", "The archive is unwell: ", "unwell ", Cap) { StatusCode = 500 };
        await using var server = new LoopbackServer(body.WriteAsync);
        using var client = DicomWebClient.Create(server.Root, options: Small);
        var exception = await Assert.ThrowsAsync<DicomWebException>(() => client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.StartsWith("The archive is unwell:", exception.ServerMessage);
        Assert.True(body.BytesWritten < MostTheClientMayLetThrough, $"The server sent {body.BytesWritten:N0} bytes before the client hung up.");
    }

    [Fact]
    public void A_limit_below_one_byte_is_refused_when_the_client_is_made()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => DicomWebClient.Create(new Uri("http://127.0.0.1:1/"), options: new DicomWebClientOptions { MaxJsonBodyBytes = 0 }));
        Assert.Equal("MaxJsonBodyBytes", exception.ParamName);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Client;

/// <summary>
/// What Orthanc cannot show (single-part store, 409, 202, delete, change feed, 304, the Warning 299 count), replayed
/// from the Azure DICOM service's documented responses (reference section 2).
/// </summary>
public sealed class ReplayClientTests
{
    private const string Base = "https://ws-svc.dicom.azurehealthcareapis.com/v2/";
    private const string Token = "secret-token-abc123";
    private static CancellationToken Ct => CancellationToken.None;

    private static DicomWebClient Client(ReplayHandler replay, DicomWebClientOptions? options = null, string baseAddress = Base) =>
        DicomWebClient.Create(new Uri(baseAddress), DicomWebAuthentication.BearerToken(Token), options ?? new DicomWebClientOptions { MaxRetryAttempts = 0 }, primaryHandler: replay);

    private static string StoreResponse(string referenced, string failed = "") =>
        "{\"00081190\":{\"vr\":\"UR\",\"Value\":[\"" + Base + "studies/" + WalkThrough.Study + "\"]}" + referenced + failed + "}";

    private static string Referenced(params (string Uid, ushort? Warning)[] items) =>
        ",\"00081199\":{\"vr\":\"SQ\",\"Value\":[" + string.Join(",", items.Select(i =>
            "{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.5.1.4.1.1.7\"]},\"00081155\":{\"vr\":\"UI\",\"Value\":[\"" + i.Uid + "\"]},"
            + "\"00081190\":{\"vr\":\"UR\",\"Value\":[\"" + Base + "studies/" + WalkThrough.Study + "/series/s/instances/" + i.Uid + "\"]}"
            + (i.Warning is { } w ? ",\"00081196\":{\"vr\":\"US\",\"Value\":[" + w + "]},\"00741048\":{\"vr\":\"SQ\",\"Value\":[{\"00000902\":{\"vr\":\"LO\",\"Value\":[\"DA (0008,0020) value is invalid\"]}}]}" : "")
            + "}")) + "]}";

    private static string Failed(string uid, ushort reason) =>
        ",\"00081198\":{\"vr\":\"SQ\",\"Value\":[{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.5.1.4.1.1.7\"]},\"00081155\":{\"vr\":\"UI\",\"Value\":[\"" + uid + "\"]},\"00081197\":{\"vr\":\"US\",\"Value\":[" + reason + "]}}]}";

    [Fact]
    public async Task Single_part_store_of_an_instance_already_there_is_a_409_result_with_reason_45070()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Post, "/v2/studies", HttpStatusCode.Conflict, "{" + Failed(WalkThrough.BlueCircle, 45070)[1..] + "}",
            check: request =>
            {
                Assert.Equal("Bearer " + Token, request.Headers.Authorization?.ToString());
                Assert.Equal("application/dicom+json", request.Headers.Accept.ToString());
            });
        using var client = Client(replay);
        var result = await client.StoreSinglePartAsync(TestData.Dcm("blue-circle.dcm"), cancellationToken: Ct);
        Assert.Equal("application/dicom", replay.SeenContentTypes.Single());
        Assert.Equal(DicomStoreStatus.NothingStored, result.Status);
        var failed = Assert.Single(result.Failed);
        Assert.Equal(DicomFailureReason.AlreadyStored, failed.Reason);
        Assert.Equal(WalkThrough.BlueCircle, failed.SopInstanceUid);
        Assert.Empty(result.Stored);
    }

    [Fact]
    public async Task Store_into_a_study_202_tells_stored_with_warnings_from_failed()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Post, "/v2/studies/" + WalkThrough.Study, HttpStatusCode.Accepted,
            StoreResponse(Referenced((WalkThrough.RedTriangle, 45063)), Failed(WalkThrough.GreenSquare, 43265)));
        using var client = Client(replay);
        var result = await client.StoreInstancesAsync([TestData.Dcm("red-triangle.dcm"), TestData.Dcm("green-square.dcm")], WalkThrough.Study, Ct);
        Assert.StartsWith("multipart/related", replay.SeenContentTypes.Single());
        Assert.Contains("type=\"application/dicom\"", replay.SeenContentTypes.Single());
        Assert.Equal(DicomStoreStatus.PartiallyStored, result.Status);
        Assert.False(result.AllStored);
        Assert.Equal(Base + "studies/" + WalkThrough.Study, result.RetrieveUrl);
        var stored = Assert.Single(result.Stored);
        Assert.Equal(DicomFailureReason.DataSetDoesNotMatchSopClass, stored.WarningReason);
        Assert.Equal(["DA (0008,0020) value is invalid"], stored.Comments);
        Assert.EndsWith("/instances/" + WalkThrough.RedTriangle, stored.RetrieveUrl);
        Assert.Equal(DicomFailureReason.StudyInstanceUidMismatch, Assert.Single(result.Failed).Reason);
        Assert.Single(result.StoredWithWarnings);
    }

    [Theory]
    [InlineData((ushort)272, DicomFailureReason.ProcessingFailure)]
    [InlineData((ushort)43264, DicomFailureReason.ValidationFailed)]
    [InlineData((ushort)43265, DicomFailureReason.StudyInstanceUidMismatch)]
    [InlineData((ushort)45070, DicomFailureReason.AlreadyStored)]
    [InlineData((ushort)45071, DicomFailureReason.BeingCreatedByAnotherRequest)]
    [InlineData((ushort)1234, DicomFailureReason.Unknown)]
    public async Task Failure_reasons_are_named(ushort code, DicomFailureReason reason)
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Post, "/v2/studies", HttpStatusCode.Conflict, "{" + Failed("1.2.3", code)[1..] + "}");
        using var client = Client(replay);
        var result = await client.StoreInstancesAsync(new[] { new MemoryStream([1, 2, 3]) }, cancellationToken: Ct);
        Assert.Equal(reason, Assert.Single(result.Failed).Reason);
        Assert.Equal(code, result.Failed[0].ReasonCode);
    }

    [Fact]
    public async Task Store_200_with_all_stored()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Post, "/v2/studies", HttpStatusCode.OK, StoreResponse(Referenced((WalkThrough.BlueCircle, null))));
        using var client = Client(replay);
        var result = await client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct);
        Assert.True(result.AllStored);
        Assert.Null(Assert.Single(result.Stored).WarningReason);
    }

    [Fact]
    public async Task Store_415_is_an_exception_with_the_servers_message_and_request_id_but_no_token()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Post, "/v2/studies", HttpStatusCode.UnsupportedMediaType,
            "{\"error\":{\"code\":\"UnsupportedMediaType\",\"message\":\"The content type is not supported.\"}}", "application/json",
            [new("x-ms-request-id", "req-42")]);
        using var client = Client(replay);
        var exception = await Assert.ThrowsAsync<DicomWebMediaTypeException>(() => client.StoreSinglePartAsync(new MemoryStream([1, 2]), cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exception.StatusCode);
        Assert.Contains("The content type is not supported.", exception.ServerMessage);
        Assert.Equal("req-42", exception.RequestIds["x-ms-request-id"]);
        Assert.Contains("req-42", exception.Message);
        Assert.DoesNotContain(Token, exception.ToString());
    }

    [Fact]
    public async Task Server_error_maps_to_DicomWebException_without_token()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Get, "/v2/studies/1.2.3/metadata", HttpStatusCode.ServiceUnavailable,
            "Service is busy", "text/plain", [new("x-ms-request-id", "busy-1")]);
        using var client = Client(replay);
        var exception = await Assert.ThrowsAsync<DicomWebException>(() => client.RetrieveStudyMetadataAsync<AzureV2.InstanceMetadata>("1.2.3", cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal("Service is busy", exception.ServerMessage);
        Assert.DoesNotContain(Token, exception.ToString());
        Assert.DoesNotContain(Token, exception.Error.ToString());
    }

    [Fact]
    public async Task Delete_tells_204_from_404_at_every_level()
    {
        var series = WalkThrough.SharedSeries;
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Delete, $"/v2/studies/{WalkThrough.Study}/series/{series}/instances/{WalkThrough.RedTriangle}", HttpStatusCode.NoContent)
            .Expect(HttpMethod.Delete, $"/v2/studies/{WalkThrough.Study}/series/{series}", HttpStatusCode.NoContent)
            .Expect(HttpMethod.Delete, $"/v2/studies/{WalkThrough.Study}", HttpStatusCode.NoContent)
            .Expect(HttpMethod.Delete, $"/v2/studies/{WalkThrough.Study}", HttpStatusCode.NotFound, "{\"error\":{\"code\":\"NotFound\",\"message\":\"The specified study cannot be found.\"}}", "application/json")
            .Expect(HttpMethod.Delete, $"/v2/studies/{WalkThrough.Study}/series/{series}/instances/{WalkThrough.RedTriangle}", HttpStatusCode.NotFound);
        using var client = Client(replay);
        Assert.Equal(DeleteResult.Deleted, await client.DeleteInstanceAsync(WalkThrough.Study, series, WalkThrough.RedTriangle, Ct));
        Assert.Equal(DeleteResult.Deleted, await client.DeleteSeriesAsync(WalkThrough.Study, series, Ct));
        Assert.Equal(DeleteResult.Deleted, await client.DeleteStudyAsync(WalkThrough.Study, Ct));
        Assert.Equal(DeleteResult.NotFound, await client.DeleteStudyAsync(WalkThrough.Study, Ct));
        Assert.Equal(DeleteResult.NotFound, await client.DeleteInstanceAsync(WalkThrough.Study, series, WalkThrough.RedTriangle, Ct));
        Assert.True(replay.AllReplayed);
    }

    [Fact]
    public async Task Delete_400_is_an_exception()
    {
        // A UID of valid syntax the server still refuses (Azure checks more than syntax); one that is not a UID never leaves the client.
        var replay = new ReplayHandler().Expect(HttpMethod.Delete, "/v2/studies/1.2.3", HttpStatusCode.BadRequest, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"The specified StudyInstanceUid is invalid.\"}}", "application/json");
        using var client = Client(replay);
        await Assert.ThrowsAsync<DicomWebBadRequestException>(() => client.DeleteStudyAsync("1.2.3", Ct));
    }

    [Fact]
    public async Task Metadata_etag_then_304_is_a_result()
    {
        const string etag = "\"1234abcd\"";
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, $"/v2/studies/{WalkThrough.Study}/metadata", HttpStatusCode.OK,
                "[{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"" + WalkThrough.BlueCircle + "\"]},\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Anony Mous\"}]}}]",
                headers: [new("ETag", etag)], check: r => Assert.False(r.Headers.Contains("If-None-Match")))
            .Expect(HttpMethod.Get, $"/v2/studies/{WalkThrough.Study}/metadata", HttpStatusCode.NotModified, headers: [new("ETag", etag)],
                check: r => Assert.Equal(etag, string.Join(",", r.Headers.GetValues("If-None-Match"))));
        using var client = Client(replay);
        var first = await client.RetrieveStudyMetadataAsync<AzureV2.InstanceMetadata>(WalkThrough.Study, cancellationToken: Ct);
        Assert.Equal(etag, first.ETag);
        Assert.False(first.NotModified);
        Assert.Equal(WalkThrough.BlueCircle, Assert.Single(first.Items).SOPInstanceUID);
        var second = await client.RetrieveStudyMetadataAsync<AzureV2.InstanceMetadata>(WalkThrough.Study, first.ETag, Ct);
        Assert.True(second.NotModified);
        Assert.Empty(second.Items);
    }

    [Fact]
    public async Task Search_pages_by_the_warning_299_remaining_count()
    {
        static string Study(string uid) => "{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"" + uid + "\"]}}";
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, "/v2/studies?PatientName=DOE^JOHN&fuzzymatching=true&limit=2&offset=0", HttpStatusCode.OK, "[" + Study("1.1") + "," + Study("1.2") + "]",
                headers: [new("Warning", "299 ws-svc.dicom.azurehealthcareapis.com: There are 3 additional results that can be requested")])
            .Expect(HttpMethod.Get, "/v2/studies?PatientName=DOE^JOHN&fuzzymatching=true&limit=2&offset=2", HttpStatusCode.OK, "[" + Study("1.3") + "," + Study("1.4") + "]",
                headers: [new("Warning", "299 ws-svc.dicom.azurehealthcareapis.com: There are 1 additional results that can be requested")])
            .Expect(HttpMethod.Get, "/v2/studies?PatientName=DOE^JOHN&fuzzymatching=true&limit=2&offset=4", HttpStatusCode.OK, "[" + Study("1.5") + "]",
                headers: [new("Warning", "299 ws-svc.dicom.azurehealthcareapis.com: There are 0 additional results that can be requested")]);
        using var client = Client(replay);
        var all = new List<string?>();
        await foreach (var match in client.SearchAllAsync(AzureV2.Qido.Studies().PatientNameFuzzy("DOE^JOHN").Limit(2), Ct))
        {
            all.Add(match.StudyInstanceUID);
        }
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5"], all);
        Assert.True(replay.AllReplayed);
    }

    [Fact]
    public async Task Search_page_reports_the_remaining_count_and_204_is_empty()
    {
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, "/v2/series?Modality=CT&limit=1", HttpStatusCode.OK, "[{\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"1.9\"]}}]",
                headers: [new("Warning", "299 svc: There are 41 additional results that can be requested")])
            .Expect(HttpMethod.Get, "/v2/instances?SOPInstanceUID=1.2.3", HttpStatusCode.NoContent);
        using var client = Client(replay);
        var page = await client.SearchAsync(AzureV2.Qido.Series().Modality("CT").Limit(1), Ct);
        Assert.Equal(41, page.RemainingCount);
        Assert.True(page.HasMore);
        Assert.Single(page.Warnings);
        var none = await client.SearchAsync<AzureV2.InstanceMatch>("instances", [new("SOPInstanceUID", "1.2.3")], Ct);
        Assert.Empty(none.Items);
        Assert.False(none.HasMore);
    }

    private static string Entry(long sequence, string action = "create", string state = "current", bool metadata = false) =>
        "{\"Sequence\":" + sequence + ",\"StudyInstanceUid\":\"1.2\",\"SeriesInstanceUid\":\"1.2.3\",\"SopInstanceUid\":\"1.2.3." + sequence + "\","
        + "\"Action\":\"" + action + "\",\"Timestamp\":\"2020-03-10T20:00:12.1138329Z\",\"State\":\"" + state + "\""
        + (metadata ? ",\"Metadata\":{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3." + sequence + "\"]}}" : "") + "}";

    [Fact]
    public async Task Change_feed_v2_sends_every_parameter_and_reads_typed_entries()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Get,
            "/v2/changefeed?offset=10&limit=2&startTime=2024-01-01T00%3A00%3A00Z&endTime=2024-01-02T12%3A30%3A00Z&includeMetadata=true",
            HttpStatusCode.OK, "[" + Entry(11, metadata: true) + "," + Entry(12, "delete", "deleted") + "]", "application/json");
        using var client = Client(replay);
        var entries = await client.GetChangeFeedAsync(new ChangeFeedOptions
        {
            Offset = 10,
            Limit = 2,
            StartTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            EndTime = new DateTimeOffset(2024, 1, 2, 13, 30, 0, TimeSpan.FromHours(1)),
            IncludeMetadata = true,
        }, Ct);
        Assert.Equal(2, entries.Count);
        Assert.Equal(11, entries[0].Sequence);
        Assert.Equal(ChangeFeedAction.Create, entries[0].Action);
        Assert.Equal(ChangeFeedState.Current, entries[0].State);
        Assert.Equal("1.2.3.11", entries[0].SopInstanceUid);
        Assert.Equal("1.2.3.11", entries[0].Metadata!.GetUid(DicomTyped.Dicom.DicomTags.SOPInstanceUID));
        Assert.Equal(new DateTimeOffset(2020, 3, 10, 20, 0, 12, 113, TimeSpan.Zero).AddTicks(8329), entries[0].Timestamp);
        Assert.Equal(ChangeFeedAction.Delete, entries[1].Action);
        Assert.Equal(ChangeFeedState.Deleted, entries[1].State);
        Assert.Null(entries[1].Metadata);
    }

    [Fact]
    public async Task Change_feed_v2_pages_by_count_through_a_short_page_until_an_empty_one()
    {
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, "/v2/changefeed?offset=0&limit=2&includeMetadata=false", HttpStatusCode.OK, "[" + Entry(1) + "," + Entry(2) + "]", "application/json")
            .Expect(HttpMethod.Get, "/v2/changefeed?offset=2&limit=2&includeMetadata=false", HttpStatusCode.OK, "[" + Entry(3) + "," + Entry(4) + "]", "application/json")
            .Expect(HttpMethod.Get, "/v2/changefeed?offset=4&limit=2&includeMetadata=false", HttpStatusCode.OK, "[" + Entry(5) + "]", "application/json")
            .Expect(HttpMethod.Get, "/v2/changefeed?offset=5&limit=2&includeMetadata=false", HttpStatusCode.OK, "[" + Entry(6) + "]", "application/json")
            .Expect(HttpMethod.Get, "/v2/changefeed?offset=6&limit=2&includeMetadata=false", HttpStatusCode.OK, "[]", "application/json");
        using var client = Client(replay);
        var sequences = new List<long>();
        await foreach (var entry in client.ReadChangeFeedAsync(new ChangeFeedOptions { Limit = 2, IncludeMetadata = false }, Ct))
        {
            sequences.Add(entry.Sequence);
        }
        Assert.Equal([1L, 2, 3, 4, 5, 6], sequences);
        Assert.True(replay.AllReplayed);
    }

    [Fact]
    public async Task Change_feed_v1_pages_by_sequence_range_through_a_short_page_until_the_latest()
    {
        const string v1 = "https://ws-svc.dicom.azurehealthcareapis.com/v1/";
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, "/v1/changefeed/latest?includeMetadata=false", HttpStatusCode.OK, Entry(7), "application/json")
            .Expect(HttpMethod.Get, "/v1/changefeed?offset=0&limit=3", HttpStatusCode.OK, "[" + Entry(1) + "," + Entry(3) + "]", "application/json")
            .Expect(HttpMethod.Get, "/v1/changefeed?offset=3&limit=3", HttpStatusCode.OK, "[]", "application/json")
            .Expect(HttpMethod.Get, "/v1/changefeed?offset=6&limit=3", HttpStatusCode.OK, "[" + Entry(7) + "]", "application/json");
        using var client = Client(replay, baseAddress: v1);
        Assert.Equal(ChangeFeedVersion.V1, client.Options.ChangeFeedVersion);
        var sequences = new List<long>();
        await foreach (var entry in client.ReadChangeFeedAsync(new ChangeFeedOptions { Limit = 3 }, Ct))
        {
            sequences.Add(entry.Sequence);
        }
        Assert.Equal([1L, 3, 7], sequences);
        Assert.True(replay.AllReplayed);
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetChangeFeedAsync(new ChangeFeedOptions { StartTime = DateTimeOffset.UtcNow }, Ct));
    }

    [Fact]
    public async Task Latest_change_and_the_sign_in_check()
    {
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, "/v2/changefeed", HttpStatusCode.OK, "[]", "application/json")
            .Expect(HttpMethod.Get, "/v2/changefeed/latest", HttpStatusCode.OK, Entry(42, "update", "replaced"), "application/json")
            .Expect(HttpMethod.Get, "/v2/changefeed/latest", HttpStatusCode.OK, "", "application/json")
            .Expect(HttpMethod.Get, "/v2/changefeed", HttpStatusCode.Unauthorized, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Token expired.\"}}", "application/json");
        using var client = Client(replay);
        Assert.Empty(await client.GetChangeFeedAsync(cancellationToken: Ct));
        var latest = await client.GetLatestChangeAsync(cancellationToken: Ct);
        Assert.Equal(42, latest!.Sequence);
        Assert.Equal(ChangeFeedAction.Update, latest.Action);
        Assert.Equal(ChangeFeedState.Replaced, latest.State);
        Assert.Null(await client.GetLatestChangeAsync(cancellationToken: Ct));
        var denied = await Assert.ThrowsAsync<DicomWebAuthorizationException>(() => client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.DoesNotContain(Token, denied.ToString());
    }

    [Fact]
    public async Task Single_part_instance_retrieve_when_asked_for_it()
    {
        var file = await File.ReadAllBytesAsync(TestData.Dcm("red-triangle.dcm"), Ct);
        var replay = new SinglePartReplay(file);
        using var client = DicomWebClient.Create(new Uri(Base), options: new DicomWebClientOptions { RetrieveInstanceAsSinglePart = true, MaxRetryAttempts = 0 }, primaryHandler: replay);
        var instance = await client.RetrieveInstanceAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, cancellationToken: Ct);
        Assert.Equal(WalkThrough.RedTriangle, instance.Dataset.GetUid(DicomTyped.Dicom.DicomTags.SOPInstanceUID));
        Assert.Equal("application/dicom; transfer-syntax=*", replay.Accept);
    }

    private sealed class SinglePartReplay(byte[] file) : HttpMessageHandler
    {
        public string? Accept { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Accept = request.Headers.Accept.ToString();
            var content = new ByteArrayContent(file);
            content.Headers.TryAddWithoutValidation("Content-Type", "application/dicom; transfer-syntax=1.2.840.10008.1.2.1");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

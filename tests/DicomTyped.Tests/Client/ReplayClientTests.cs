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
/// The client against responses of the Azure DICOM service (reference section 2) that no server on this machine
/// produces. Everything the embedded server produces (200, 202 with warnings, 409 and the reasons 272, 43264, 43265,
/// 45070, single-part store and retrieve, delete 204 and 404, metadata ETag and 304, the Warning 299 count and paging
/// by it to the end, 204 searches, v1 and v2 change-feed paging to the end, the latest entry, an empty feed, 401) is tested against
/// it over loopback in tests/DicomTyped.Server.Tests/Client. Why each case here is a replay:
/// <list type="bullet">
/// <item>WarningReason 45063: the embedded server warns with 1 only; Azure names a data set that does not match its SOP Class.</item>
/// <item>FailureReason 45071: the embedded server sends it only when two stores of one instance race, which no test can schedule; 1234: no server sends an unknown code.</item>
/// <item>415 from a single-part store, 503: the embedded server accepts application/dicom and does not fail on request.</item>
/// <item>400 from a delete of a well-formed UID: the embedded server and the client share one UID rule, so it never refuses one the client sends.</item>
/// <item>The change feed's exact request line (a +01:00 end time sent in UTC) with Azure's seven-digit timestamps: a real server accepts other spellings, so only a replay pins the one Azure documents.</item>
/// <item>A v2 page shorter than the limit that is not the end, a v1 page capped below its range, and v1 sequence numbers with gaps: the embedded server numbers without gaps and fills every page.</item>
/// <item>A Warning 299 count of 0 on the last page: the embedded server warns only while more remain (PS3.18).</item>
/// <item>An <c>update</c> entry, and an empty body for the latest entry: the embedded server records creates and deletes only, and answers an empty feed's latest with <c>{}</c>.</item>
/// </list>
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
    public async Task A_stored_instance_with_warning_reason_45063_is_named_and_keeps_its_comments()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Post, "/v2/studies/" + WalkThrough.Study, HttpStatusCode.Accepted,
            StoreResponse(Referenced((WalkThrough.RedTriangle, 45063))));
        using var client = Client(replay);
        var result = await client.StoreInstancesAsync([TestData.Dcm("red-triangle.dcm")], WalkThrough.Study, Ct);
        Assert.Equal(Base + "studies/" + WalkThrough.Study, result.RetrieveUrl);
        var stored = Assert.Single(result.StoredWithWarnings);
        Assert.Equal(DicomFailureReason.DataSetDoesNotMatchSopClass, stored.WarningReason);
        Assert.Equal(["DA (0008,0020) value is invalid"], stored.Comments);
        Assert.EndsWith("/instances/" + WalkThrough.RedTriangle, stored.RetrieveUrl);
    }

    [Theory]
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
    public async Task Delete_400_is_an_exception()
    {
        // A UID of valid syntax the server still refuses (Azure checks more than syntax); one that is not a UID never leaves the client.
        var replay = new ReplayHandler().Expect(HttpMethod.Delete, "/v2/studies/1.2.3", HttpStatusCode.BadRequest, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"The specified StudyInstanceUid is invalid.\"}}", "application/json");
        using var client = Client(replay);
        await Assert.ThrowsAsync<DicomWebBadRequestException>(() => client.DeleteStudyAsync("1.2.3", Ct));
    }

    [Fact]
    public async Task Search_all_stops_when_the_warning_299_count_is_0_without_asking_again()
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
    public async Task Change_feed_v1_from_a_service_that_caps_its_pages_below_the_range_loses_no_entry()
    {
        const string v1 = "https://ws-svc.dicom.azurehealthcareapis.com/v1/";
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, "/v1/changefeed/latest?includeMetadata=false", HttpStatusCode.OK, Entry(7), "application/json")
            .Expect(HttpMethod.Get, "/v1/changefeed?offset=0&limit=10", HttpStatusCode.OK, "[" + Entry(1) + "," + Entry(2) + "," + Entry(3) + "]", "application/json")
            .Expect(HttpMethod.Get, "/v1/changefeed?offset=3&limit=10", HttpStatusCode.OK, "[" + Entry(4) + "," + Entry(5) + "," + Entry(7) + "]", "application/json");
        using var client = Client(replay, baseAddress: v1);
        var sequences = new List<long>();
        await foreach (var entry in client.ReadChangeFeedAsync(new ChangeFeedOptions { Limit = 10 }, Ct))
        {
            sequences.Add(entry.Sequence);
        }
        Assert.Equal([1L, 2, 3, 4, 5, 7], sequences);
        Assert.True(replay.AllReplayed);
    }

    [Fact]
    public async Task A_latest_change_that_is_an_update_is_typed()
    {
        var replay = new ReplayHandler()
            .Expect(HttpMethod.Get, "/v2/changefeed/latest", HttpStatusCode.OK, Entry(42, "update", "replaced"), "application/json");
        using var client = Client(replay);
        var latest = await client.GetLatestChangeAsync(cancellationToken: Ct);
        Assert.Equal(42, latest!.Sequence);
        Assert.Equal(ChangeFeedAction.Update, latest.Action);
        Assert.Equal(ChangeFeedState.Replaced, latest.State);
    }

    [Fact]
    public async Task An_empty_latest_body_is_no_change()
    {
        var replay = new ReplayHandler().Expect(HttpMethod.Get, "/v2/changefeed/latest", HttpStatusCode.OK, "", "application/json");
        using var client = Client(replay);
        Assert.Null(await client.GetLatestChangeAsync(cancellationToken: Ct));
    }
}

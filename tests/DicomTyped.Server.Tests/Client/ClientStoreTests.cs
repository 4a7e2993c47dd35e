using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Http;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// <see cref="DicomWebClient"/>'s store against the embedded server over real loopback HTTP: each status and reason the
/// client names, produced by a real server rather than replayed.
/// </summary>
public sealed class ClientStoreTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static readonly string[] WalkThroughFiles =
        [TestInstances.Dcm("blue-circle.dcm"), TestInstances.Dcm("green-square.dcm"), TestInstances.Dcm("red-triangle.dcm")];

    private static MemoryStream Part10(DicomDataset dataset) => new(TestInstances.Part10(dataset));

    [Fact]
    public async Task Storing_the_walk_through_files_is_200_with_every_instance_stored_without_warning()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var result = await client.StoreInstancesAsync(WalkThroughFiles, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        Assert.True(result.AllStored);
        Assert.Equal(3, result.Stored.Count);
        Assert.All(result.Stored, s => Assert.Null(s.WarningReason));
    }

    [Fact]
    public async Task The_store_result_names_the_study_series_and_sop_instance_of_each_stored_instance()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var result = await client.StoreInstancesAsync(WalkThroughFiles, cancellationToken: Ct);
        Assert.Equal(
            new (string?, string?, string?)[]
            {
                (TestInstances.Study, TestInstances.BlueSeries, TestInstances.BlueCircle),
                (TestInstances.Study, TestInstances.SharedSeries, TestInstances.GreenSquare),
                (TestInstances.Study, TestInstances.SharedSeries, TestInstances.RedTriangle),
            }.Order().ToArray(),
            result.Stored.Select(s => (s.StudyInstanceUid, s.SeriesInstanceUid, s.SopInstanceUid)).Order().ToArray());
    }

    [Fact]
    public async Task On_v2_an_invalid_attribute_that_is_not_required_is_202_stored_with_a_warning_naming_it()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1", studyDate: "2024-01-15");
        var result = await client.StoreInstancesAsync([Part10(dataset)], cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Accepted, result.HttpStatus);
        Assert.Equal(DicomStoreStatus.PartiallyStored, result.Status);
        Assert.Empty(result.Failed);
        var stored = Assert.Single(result.StoredWithWarnings);
        Assert.Equal("1.2.3.1.1", stored.SopInstanceUid);
        Assert.Equal(DicomFailureReason.ValidationWarnings, stored.WarningReason);
        Assert.Contains(stored.Comments, c => c.Contains("StudyDate"));
    }

    [Fact]
    public async Task Storing_an_instance_again_as_a_single_part_is_409_with_45070_already_stored()
    {
        // With sign-in on: the store reaches 409 only with the client's Bearer header (401 otherwise).
        await using var server = await ServerFixture.StartAsync(o => o.BearerToken = "secret-token-abc123");
        using var client = DicomWebClient.Create(server.Host.BaseAddress, DicomWebAuthentication.BearerToken("secret-token-abc123"));
        await client.StoreInstancesAsync([TestInstances.Dcm("blue-circle.dcm")], cancellationToken: Ct);
        var again = await client.StoreSinglePartAsync(TestInstances.Dcm("blue-circle.dcm"), cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.HttpStatus);
        Assert.Equal(DicomStoreStatus.NothingStored, again.Status);
        Assert.Empty(again.Stored);
        var failed = Assert.Single(again.Failed);
        Assert.Equal(DicomFailureReason.AlreadyStored, failed.Reason);
        Assert.Equal(TestInstances.BlueCircle, failed.SopInstanceUid);
    }

    [Fact]
    public async Task A_store_into_a_study_is_sent_as_multipart_related_of_application_dicom_asking_for_dicom_json()
    {
        await using var server = await ServerFixture.StartAsync();
        var recorder = new RecordingHandler();
        using var client = DicomWebClient.Create(server.Host.BaseAddress, primaryHandler: recorder);
        var result = await client.StoreInstancesAsync([TestInstances.Dcm("red-triangle.dcm"), TestInstances.Dcm("green-square.dcm")], TestInstances.Study, Ct);
        Assert.True(result.AllStored);
        var exchange = Assert.Single(recorder.Exchanges);
        Assert.Equal("/v2/studies/" + TestInstances.Study, exchange.PathAndQuery);
        Assert.StartsWith("multipart/related", exchange.RequestContentType);
        Assert.Contains("type=\"application/dicom\"", exchange.RequestContentType);
        Assert.Equal("application/dicom+json", exchange.Accept);
    }

    [Fact]
    public async Task A_single_part_store_is_sent_as_application_dicom()
    {
        await using var server = await ServerFixture.StartAsync();
        var recorder = new RecordingHandler();
        using var client = DicomWebClient.Create(server.Host.BaseAddress, primaryHandler: recorder);
        var result = await client.StoreSinglePartAsync(TestInstances.Dcm("blue-circle.dcm"), cancellationToken: Ct);
        Assert.True(result.AllStored);
        var exchange = Assert.Single(recorder.Exchanges);
        Assert.Equal("application/dicom", exchange.RequestContentType);
        Assert.Equal("application/dicom+json", exchange.Accept);
    }

    [Fact]
    public async Task An_instance_of_another_study_than_the_route_is_named_a_study_mismatch_43265_and_the_other_is_stored()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var result = await client.StoreInstancesAsync(
            [Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1")), Part10(TestInstances.Dataset("9.9.9", "9.9.9.1", "9.9.9.1.1"))],
            "1.2.3", Ct);
        Assert.Equal(HttpStatusCode.Accepted, result.HttpStatus);
        Assert.Equal("1.2.3.1.1", Assert.Single(result.Stored).SopInstanceUid);
        var failed = Assert.Single(result.Failed);
        Assert.Equal(DicomFailureReason.StudyInstanceUidMismatch, failed.Reason);
        Assert.Equal("9.9.9.1.1", failed.SopInstanceUid);
    }

    [Fact]
    public async Task A_missing_required_attribute_is_named_a_validation_failure_43264()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        dataset.Remove(DicomTags.PatientID);
        var result = await client.StoreInstancesAsync([Part10(dataset)], cancellationToken: Ct);
        Assert.Equal(DicomStoreStatus.NothingStored, result.Status);
        var failed = Assert.Single(result.Failed);
        Assert.Equal(DicomFailureReason.ValidationFailed, failed.Reason);
        Assert.Equal((ushort)43264, failed.ReasonCode);
    }

    [Fact]
    public async Task A_part_that_is_not_dicom_is_named_a_processing_failure_272()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var result = await client.StoreInstancesAsync([new MemoryStream("this is not a DICOM file at all, just text"u8.ToArray())], cancellationToken: Ct);
        Assert.Equal(DicomStoreStatus.NothingStored, result.Status);
        Assert.Equal(DicomFailureReason.ProcessingFailure, Assert.Single(result.Failed).Reason);
    }
}

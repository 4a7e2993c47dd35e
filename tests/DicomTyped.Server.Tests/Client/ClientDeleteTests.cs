using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// <see cref="DicomWebClient"/>'s delete at each level against the embedded server (each test its own server holding the
/// walk-through's three files): 204 is <see cref="DeleteResult.Deleted"/>, 404 the documented
/// <see cref="DeleteResult.NotFound"/>, and what was deleted is then not found by retrieve.
/// </summary>
public sealed class ClientDeleteTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private const string Study = TestInstances.Study;
    private const string Shared = TestInstances.SharedSeries;

    private static async Task<ServerFixture> WalkThroughAsync()
    {
        var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var stored = await client.StoreInstancesAsync(
            [TestInstances.Dcm("blue-circle.dcm"), TestInstances.Dcm("green-square.dcm"), TestInstances.Dcm("red-triangle.dcm")], cancellationToken: Ct);
        Assert.True(stored.AllStored);
        return server;
    }

    [Fact]
    public async Task Deleting_an_instance_is_deleted_and_its_series_keeps_the_other()
    {
        await using var server = await WalkThroughAsync();
        using var client = server.Client();
        Assert.Equal(DeleteResult.Deleted, await client.DeleteInstanceAsync(Study, Shared, TestInstances.RedTriangle, Ct));
        await Assert.ThrowsAsync<DicomWebNotFoundException>(() => client.RetrieveInstanceAsync(Study, Shared, TestInstances.RedTriangle, cancellationToken: Ct));
        Assert.Single((await client.RetrieveSeriesMetadataAsync(Study, Shared, cancellationToken: Ct)).Items);
    }

    [Fact]
    public async Task Deleting_a_series_is_deleted_and_the_study_keeps_the_other_series()
    {
        await using var server = await WalkThroughAsync();
        using var client = server.Client();
        Assert.Equal(DeleteResult.Deleted, await client.DeleteSeriesAsync(Study, Shared, Ct));
        await Assert.ThrowsAsync<DicomWebNotFoundException>(() => client.RetrieveSeriesMetadataAsync(Study, Shared, cancellationToken: Ct));
        var left = Assert.Single((await client.RetrieveStudyMetadataAsync(Study, cancellationToken: Ct)).Items);
        Assert.Equal(TestInstances.BlueCircle, left.GetUid(Dicom.DicomTags.SOPInstanceUID));
    }

    [Fact]
    public async Task Deleting_the_study_is_deleted_and_its_metadata_is_then_not_found()
    {
        await using var server = await WalkThroughAsync();
        using var client = server.Client();
        Assert.Equal(DeleteResult.Deleted, await client.DeleteStudyAsync(Study, Ct));
        var gone = await Assert.ThrowsAsync<DicomWebNotFoundException>(() => client.RetrieveStudyMetadataAsync(Study, cancellationToken: Ct));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_study_again_is_not_found()
    {
        await using var server = await WalkThroughAsync();
        using var client = server.Client();
        await client.DeleteStudyAsync(Study, Ct);
        Assert.Equal(DeleteResult.NotFound, await client.DeleteStudyAsync(Study, Ct));
    }

    [Fact]
    public async Task Deleting_an_instance_that_is_not_there_is_not_found()
    {
        await using var server = await WalkThroughAsync();
        using var client = server.Client();
        Assert.Equal(DeleteResult.NotFound, await client.DeleteInstanceAsync(Study, Shared, "1.2.3.4.5", Ct));
    }

    [Fact]
    public async Task Deleting_a_series_that_is_not_there_is_not_found()
    {
        await using var server = await WalkThroughAsync();
        using var client = server.Client();
        Assert.Equal(DeleteResult.NotFound, await client.DeleteSeriesAsync(Study, "1.2.3.4", Ct));
    }
}

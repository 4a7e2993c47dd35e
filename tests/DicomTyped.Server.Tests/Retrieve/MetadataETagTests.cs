using System.Net;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>The metadata ETag follows what is stored: deleting and storing again gives a new one.</summary>
public sealed class MetadataETagTests
{
    [Fact]
    public async Task An_instance_deleted_and_stored_again_gets_a_new_etag()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var path = TestPaths.Data("dcms", "red-triangle.dcm");
        Assert.Empty((await client.StoreInstancesAsync([path])).Failed);
        var route = $"studies/{RetrieveSamples.WalkThroughStudy}/metadata";
        using var before = await RetrieveHttp.GetAsync(server.Http, route, "application/dicom+json");
        var etag = before.Headers.ETag!.ToString();

        await client.DeleteInstanceAsync(RetrieveSamples.WalkThroughStudy, RetrieveSamples.WalkThroughSeries, RetrieveSamples.RedTriangle);
        Assert.Empty((await client.StoreInstancesAsync([path])).Failed);

        using var after = await RetrieveHttp.GetAsync(server.Http, route, "application/dicom+json", etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
    }
}

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

/// <summary>Azure v2 stores an instance whose non-required attribute is invalid, with a warning, and leaves that attribute out of metadata.</summary>
public sealed class MetadataInvalidAttributeTests
{
    [Fact]
    public async Task An_attribute_that_failed_validation_is_left_out_of_metadata()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var path = System.IO.Path.Combine(server.DataDirectory, "invalid-birth-date.dcm");
        using (var file = Dicom.Part10.DicomFile.Open(TestPaths.Data("dcms", "red-triangle.dcm")))
        {
            // Written raw and saved with AllowInvalidValues: the invalid date is the point of the test.
            file.Dataset.Set(new Dicom.DicomElement(Dicom.DicomTags.PatientBirthDate, Dicom.DicomVR.DA, System.Text.Encoding.ASCII.GetBytes("not-a-date")));
            file.Save(path, new Dicom.Part10.DicomWriteOptions { AllowInvalidValues = true });
        }
        var stored = await client.StoreInstancesAsync([path]);
        Assert.Empty(stored.Failed);

        var metadata = await client.RetrieveInstanceMetadataAsync(RetrieveSamples.WalkThroughStudy, RetrieveSamples.WalkThroughSeries, RetrieveSamples.RedTriangle);
        var dataset = Assert.Single(metadata.Items);
        Assert.False(dataset.Contains(Dicom.DicomTags.PatientBirthDate));
        Assert.False(string.IsNullOrEmpty(dataset.GetString(Dicom.DicomTags.PatientName)));
    }
}

using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>WADO-RS metadata: DICOM JSON without bulk data, ETag and If-None-Match.</summary>
public sealed class MetadataRetrieveTests(StoredSamplesFixture fixture) : IClassFixture<StoredSamplesFixture>
{
    private static readonly string[] BulkVRs = ["OB", "OD", "OF", "OL", "OV", "OW", "UN"];

    [Fact]
    public async Task Study_metadata_has_one_dataset_per_instance()
    {
        using var client = fixture.Server.Client();
        var result = await client.RetrieveStudyMetadataAsync(RetrieveSamples.WalkThroughStudy);
        var uids = result.Items.Select(d => d.GetUid(DicomTags.SOPInstanceUID)).Order().ToArray();
        Assert.Equal(new[] { "blue-circle", "green-square", "red-triangle" }.Select(n => fixture.Samples[n].Instance).Order(), uids);
        Assert.All(result.Items, d => Assert.False(string.IsNullOrEmpty(d.GetString(DicomTags.PatientName))));
    }

    [Fact]
    public async Task Metadata_leaves_out_bulk_data_at_every_level()
    {
        // The MR sample has nested sequences; the layer1 sample has encapsulated pixel data and OB/OW attributes.
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"studies/{fixture.Samples.StudyUid}/metadata", "application/dicom+json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/dicom+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(fixture.Samples.All.Count(s => s.Study == fixture.Samples.StudyUid), json.RootElement.GetArrayLength());
        var vrs = json.RootElement.EnumerateArray().SelectMany(AllVRs).ToHashSet();
        Assert.Contains("SQ", vrs);
        Assert.Empty(vrs.Intersect(BulkVRs));
        Assert.DoesNotContain("7FE00010", json.RootElement.EnumerateArray().SelectMany(o => o.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Unchanged_metadata_with_its_etag_is_not_modified()
    {
        var route = $"studies/{RetrieveSamples.WalkThroughStudy}/series/{RetrieveSamples.WalkThroughSeries}/metadata";
        using var first = await RetrieveHttp.GetAsync(fixture.Server.Http, route, "application/dicom+json");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var second = await RetrieveHttp.GetAsync(fixture.Server.Http, route, "application/dicom+json", etag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task Another_resource_has_another_etag_and_a_stale_one_gets_the_body()
    {
        var series = $"studies/{RetrieveSamples.WalkThroughStudy}/series/{RetrieveSamples.WalkThroughSeries}/metadata";
        var study = $"studies/{RetrieveSamples.WalkThroughStudy}/metadata";
        using var seriesResponse = await RetrieveHttp.GetAsync(fixture.Server.Http, series, "application/dicom+json");
        using var studyResponse = await RetrieveHttp.GetAsync(fixture.Server.Http, study, "application/dicom+json", seriesResponse.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, studyResponse.StatusCode);
        Assert.NotEqual(seriesResponse.Headers.ETag, studyResponse.Headers.ETag);
    }

    [Fact]
    public async Task Metadata_in_another_media_type_is_not_acceptable()
    {
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"studies/{RetrieveSamples.WalkThroughStudy}/metadata", "application/dicom");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Metadata_of_a_missing_instance_is_not_found()
    {
        var red = fixture.Samples["red-triangle"];
        using var response = await RetrieveHttp.GetAsync(fixture.Server.Http, $"studies/{red.Study}/series/{red.Series}/instances/1.2.3.4/metadata", "application/dicom+json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static System.Collections.Generic.IEnumerable<string> AllVRs(JsonElement dataset)
    {
        foreach (var attribute in dataset.EnumerateObject())
        {
            var vr = attribute.Value.GetProperty("vr").GetString()!;
            yield return vr;
            if (vr == "SQ" && attribute.Value.TryGetProperty("Value", out var values))
            {
                foreach (var item in values.EnumerateArray())
                {
                    foreach (var nested in AllVRs(item))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }
}

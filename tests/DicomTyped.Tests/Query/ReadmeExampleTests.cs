using System;
using DicomTyped.Profiles.AzureDicomV2;
using Xunit;

namespace DicomTyped.Tests.Query;

/// <summary>The README's typed-query example, kept honest: it must compile and produce the request the README prints.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_study_search_builds_the_request_it_shows()
    {
        var request = Qido.Studies()
            .PatientNameFuzzy("jo do")
            .StudyDateBetween(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))
            .IncludeField(StudiesQuery.Field.StudyTime)
            .Limit(50)
            .Build();

        Assert.Equal(
            "studies?PatientName=jo%20do&StudyDate=20240101-20241231&includefield=StudyTime&fuzzymatching=true&limit=50",
            request.PathAndQuery);
    }
}

/// <summary>
/// The README's client example, compiled with the suite so that a renamed method breaks the build, not the README.
/// It is not run here (it signs in to Azure); the same calls run against Orthanc in OrthancClientTests.
/// </summary>
internal static class ReadmeClientExample
{
    public static async System.Threading.Tasks.Task RunAsync(string study, string series, string instance, DateOnly since, System.Threading.CancellationToken ct)
    {
        using var client = DicomTyped.Client.DicomWebClient.Create(
            new Uri("https://ws-svc.dicom.azurehealthcareapis.com/v2/"),
            DicomTyped.Http.DicomWebAuthentication.Credential(new Azure.Identity.DefaultAzureCredential()));

        var stored = await client.StoreInstancesAsync(["blue-circle.dcm"], cancellationToken: ct);
        await client.StoreInstancesAsync(["red-triangle.dcm", "green-square.dcm"], study, ct);
        await foreach (var file in client.RetrieveStudyAsync(study, cancellationToken: ct))
        {
            Console.WriteLine($"{file.Dataset.GetString(DicomTyped.Dicom.DicomTags.PatientName)} {file.Dataset.GetUid(DicomTyped.Dicom.DicomTags.SOPInstanceUID)}");
        }
        var metadata = await client.RetrieveStudyMetadataAsync<InstanceMetadata>(study, cancellationToken: ct);
        var frame = await client.RetrieveFrameAsync(study, series, instance, 1, ct);
        var matches = await client.SearchAsync(Qido.Studies().StudyInstanceUID(study), ct);
        await foreach (var match in client.SearchAllAsync(Qido.Studies().StudyDateFrom(since), ct))
        {
        }
        var deleted = await client.DeleteInstanceAsync(study, series, instance, ct);
        await foreach (var change in client.ReadChangeFeedAsync(cancellationToken: ct))
        {
        }
        GC.KeepAlive((stored, metadata, frame, matches, deleted));
    }
}

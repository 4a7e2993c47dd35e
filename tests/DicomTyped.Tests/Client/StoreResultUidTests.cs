using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>A store result names the study and series of each stored and failed instance, not only its SOP Instance UID.</summary>
public sealed class StoreResultUidTests
{
    private static string Item(string sopInstance, string extra) =>
        "{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.5.1.4.1.1.7\"]},\"00081155\":{\"vr\":\"UI\",\"Value\":[\"" + sopInstance + "\"]}" + extra + "}";

    [Fact]
    public async Task Stored_and_failed_instances_carry_their_study_and_series()
    {
        // The stored one names its study and series only through its RetrieveURL; the failed one not at all (as Azure answers).
        var retrieveUrl = $"http://archive/v2/studies/{WalkThrough.Study}/series/{WalkThrough.BlueSeries}/instances/{WalkThrough.BlueCircle}";
        var body = "{\"00081199\":{\"vr\":\"SQ\",\"Value\":[" + Item(WalkThrough.BlueCircle, ",\"00081190\":{\"vr\":\"UR\",\"Value\":[\"" + retrieveUrl + "\"]}") + "]},"
            + "\"00081198\":{\"vr\":\"SQ\",\"Value\":[" + Item(WalkThrough.GreenSquare, ",\"00081197\":{\"vr\":\"US\",\"Value\":[272]}") + "]}}";
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/dicom+json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
        });
        using var client = DicomWebClient.Create(server.Root, options: new DicomWebClientOptions { MaxRetryAttempts = 0 });

        var result = await client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm"), TestData.Dcm("green-square.dcm")], cancellationToken: CancellationToken.None);

        var stored = Assert.Single(result.Stored);
        Assert.Equal((WalkThrough.Study, WalkThrough.BlueSeries), (stored.StudyInstanceUid, stored.SeriesInstanceUid));
        var failed = Assert.Single(result.Failed);
        Assert.Equal(WalkThrough.GreenSquare, failed.SopInstanceUid);
        Assert.Equal((WalkThrough.Study, WalkThrough.SharedSeries), (failed.StudyInstanceUid, failed.SeriesInstanceUid));
    }
}

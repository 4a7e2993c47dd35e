using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>FailureReasons of the store response that need a particular request to appear.</summary>
public sealed class StoreReasonTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task An_instance_staged_by_a_request_still_running_fails_another_request_with_45071()
    {
        await using var server = await ServerFixture.StartAsync();
        var x = TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1"));
        var y = TestInstances.Part10(TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.2"));
        var partHead = Encoding.ASCII.GetBytes($"--{TestInstances.Boundary}\r\nContent-Type: application/dicom\r\n\r\n");
        // Request A: part X whole, then the head of part Y, then nothing until released.
        byte[] head = [.. partHead, .. x, .. "\r\n"u8, .. partHead];
        byte[] tail = [.. y, .. Encoding.ASCII.GetBytes($"\r\n--{TestInstances.Boundary}--\r\n")];
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stalled = new StalledContent(head, tail, release.Task);
        stalled.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/related; type=\"application/dicom\"; boundary={TestInstances.Boundary}");
        var a = server.Http.SendAsync(TestInstances.StoreRequest("studies", stalled), Ct);

        // Parts are staged in order, each in a new tmp/*.part file: once Y's file exists, X was checked and is in flight.
        var temporary = Path.Combine(server.DataDirectory, "tmp");
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (Directory.GetFiles(temporary, "*.part").Length < 2)
            {
                Assert.False(a.IsCompleted, "request A ended before it stalled");
                await Task.Delay(10, deadline.Token);
            }
        }

        var single = new ByteArrayContent(x);
        single.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using (var b = await server.Http.SendAsync(TestInstances.StoreRequest("studies", single), Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, b.StatusCode);
            var failed = Assert.Single(new StoreResponseJson(await b.Content.ReadAsStringAsync(Ct)).Failed);
            Assert.Equal(45071, StoreResponseJson.Reason(failed, "00081197"));
        }

        release.SetResult();
        using var responseA = await a;
        Assert.Equal(HttpStatusCode.OK, responseA.StatusCode);
        Assert.Equal(2, new StoreResponseJson(await responseA.Content.ReadAsStringAsync(Ct)).Referenced.Count);
    }

    [Theory]
    [InlineData("SOPInstanceUID", "1..2")]
    [InlineData("SeriesInstanceUID", null)]
    public async Task A_malformed_or_missing_uid_fails_with_43264_and_a_comment_naming_the_attribute(string keyword, string? value)
    {
        await using var server = await ServerFixture.StartAsync();
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        var tag = keyword == "SOPInstanceUID" ? Dicom.DicomTags.SOPInstanceUID : Dicom.DicomTags.SeriesInstanceUID;
        if (value is null)
        {
            dataset.Remove(tag);
        }
        else
        {
            // Set raw: the UID setter refuses what the server must refuse.
            dataset.Set(new Dicom.DicomElement(tag, Dicom.DicomVR.UI, Encoding.ASCII.GetBytes(value)));
        }
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies",
            TestInstances.Multipart([("application/dicom", TestInstances.Part10(dataset))])), Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var failed = Assert.Single(new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct)).Failed);
        Assert.Equal(43264, StoreResponseJson.Reason(failed, "00081197"));
        Assert.Contains(StoreResponseJson.Comments(failed), c => c.StartsWith(keyword + " "));
    }

    /// <summary>A chunked body sent in two pieces, the second once <c>release</c> completes.</summary>
    private sealed class StalledContent(byte[] head, byte[] tail, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(head);
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

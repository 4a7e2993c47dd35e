using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Multipart;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>
/// SaveStudyAsync writes through AtomicFileWriter: a real loopback server sends one whole instance and half of the
/// next, then drops the connection. The file already on disk under the second instance's name must be untouched, the
/// first instance saved whole, and no temporary file left behind.
/// </summary>
public sealed class SaveStudyAtomicTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dicomtyped-save-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task OneAndAHalfInstances(System.Net.HttpListenerContext context)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "multipart/related; type=\"application/dicom\"; boundary=cut";
        response.SendChunked = true;
        var blue = await File.ReadAllBytesAsync(TestData.Dcm("blue-circle.dcm"));
        var green = await File.ReadAllBytesAsync(TestData.Dcm("green-square.dcm"));
        var part = Encoding.ASCII.GetBytes("--cut\r\nContent-Type: application/dicom\r\n\r\n");
        await response.OutputStream.WriteAsync(part);
        await response.OutputStream.WriteAsync(blue);
        await response.OutputStream.WriteAsync(Encoding.ASCII.GetBytes("\r\n"));
        await response.OutputStream.WriteAsync(part);
        await response.OutputStream.WriteAsync(green.AsMemory(0, green.Length / 2));
        await response.OutputStream.FlushAsync();
        await Task.Delay(100);
        response.Abort();
    }

    [Fact]
    public async Task A_retrieve_that_breaks_midway_leaves_the_existing_file_untouched_and_no_temporary_file()
    {
        Directory.CreateDirectory(_directory);
        var existing = Path.Combine(_directory, WalkThrough.GreenSquare + ".dcm");
        await File.WriteAllTextAsync(existing, "the user's good copy");
        await using var server = new LoopbackServer(OneAndAHalfInstances);
        using var client = DicomWebClient.Create(server.Root, options: new DicomWebClientOptions { MaxRetryAttempts = 0 });

        // The cut surfaces as the multipart body's truncation (or, if the socket errors first, as a transport failure).
        var exception = await Assert.ThrowsAnyAsync<DicomTypedException>(() => client.SaveStudyAsync(WalkThrough.Study, _directory, CancellationToken.None));
        Assert.True(exception is MultipartException or DicomWebTransportException, exception.ToString());

        Assert.Equal("the user's good copy", await File.ReadAllTextAsync(existing));
        Assert.Equal(
            new[] { WalkThrough.BlueCircle + ".dcm", WalkThrough.GreenSquare + ".dcm" }.Order(StringComparer.Ordinal).ToArray(),
            Directory.GetFiles(_directory).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(await File.ReadAllBytesAsync(TestData.Dcm("blue-circle.dcm")), await File.ReadAllBytesAsync(Path.Combine(_directory, WalkThrough.BlueCircle + ".dcm")));
    }
}

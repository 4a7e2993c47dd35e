using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace DicomTyped.Tests.Interop;

/// <summary>
/// A deliberately tiny multipart/related body for store tests until the real encoder (DicomTyped.Multipart) lands.
/// Buffers the files: the sample set is three 2.9 MB files.
/// </summary>
internal static class MultipartTestContent
{
    public static HttpContent DicomFiles(params string[] paths) => DicomBytes(paths.Select(File.ReadAllBytes).ToArray());

    public static HttpContent SingleDicomFile(byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/dicom");
        return content;
    }

    public static HttpContent DicomBytes(params byte[][] files)
    {
        var boundary = "dicomtyped-test-" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        foreach (var file in files)
        {
            Write(body, $"--{boundary}\r\nContent-Type: application/dicom\r\n\r\n");
            body.Write(file);
            Write(body, "\r\n");
        }
        Write(body, $"--{boundary}--\r\n");
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/related; type=\"application/dicom\"; boundary={boundary}");
        return content;
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}

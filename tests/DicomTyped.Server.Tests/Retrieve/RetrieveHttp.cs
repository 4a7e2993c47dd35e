using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>Raw WADO-RS requests and the core's multipart reader, for what the typed client hides (headers, statuses).</summary>
internal static class RetrieveHttp
{
    public const string MultipartDicomAny = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";
    public const string MultipartDicomExplicit = "multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.1";

    public static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string? accept = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>A part as received: headers and the whole body.</summary>
    public sealed record ReceivedPart(MediaTypeWithParameters? ContentType, long? ContentLength, string? ContentLocation, byte[] Body);

    public static async Task<List<ReceivedPart>> ReadPartsAsync(HttpResponseMessage response)
    {
        var contentType = response.Content.Headers.ContentType?.ToString();
        Assert.NotNull(contentType);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using var reader = MultipartRelatedReader.Create(body, contentType!);
        var parts = new List<ReceivedPart>();
        await foreach (var part in reader.ReadPartsAsync())
        {
            using var copy = new MemoryStream();
            await part.Body.CopyToAsync(copy);
            parts.Add(new ReceivedPart(part.ContentType, part.ContentLength, part.ContentLocation, copy.ToArray()));
        }
        return parts;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Metadata;
using DicomTyped.Server.Negotiation;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// WADO-RS metadata of a study, series or instance (PS3.18 10.4.1.1.4 / 8.7.2): a DICOM JSON array with one object per
/// instance, without bulk data and without the attributes that failed validation on store (<see cref="MetadataFilter"/>),
/// written instance by instance as each file's header is read (pixel data is never read). An ETag is sent; <c>If-None-Match</c> with it gives 304 and no body.
/// </summary>
internal static class MetadataHandler
{
    private static readonly DicomReadOptions s_headerOnly = new() { StopBeforePixelData = true };
    private static readonly JsonWriterOptions s_jsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Answers the request.</summary>
    /// <exception cref="DicomWebRequestException">404 when nothing is stored under the UIDs; 406 unless DICOM JSON is accepted.</exception>
    public static async Task RetrieveAsync(HttpContext http, DicomWebServices services, string study, string? series, string? instance, CancellationToken cancellationToken)
    {
        var located = await services.Index.GetInstancesAsync(study, series, instance, cancellationToken).ConfigureAwait(false);
        if (located.Count == 0)
        {
            throw DicomWebRequestException.NotFound(InstancesHandler.NotFoundMessage(study, series, instance));
        }
        AcceptHeader.RequireDicomJson(http.Request);
        var response = http.Response;
        var etag = MetadataETag.Compute(located);
        response.Headers.ETag = etag;
        if (MetadataETag.MatchesIfNoneMatch(http.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = MediaTypes.DicomJson;
        var json = new Utf8JsonWriter(response.BodyWriter, s_jsonOptions);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartArray();
            foreach (var item in located)
            {
                var file = services.Files.OpenRead(item.FileKey);
                await using (file.ConfigureAwait(false))
                {
                    var dicom = await DicomFile.ReadAsync(file, s_headerOnly, cancellationToken).ConfigureAwait(false);
                    DicomJsonWriter.Write(json, MetadataFilter.WithoutBulkData(dicom.Dataset, item.InvalidTags));
                }
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            json.WriteEndArray();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

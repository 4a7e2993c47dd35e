using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;
using DicomTyped.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DicomTyped.Tests.Interop;

/// <summary>The walk-through's requests through the Refit interfaces against a real Orthanc.</summary>
[Collection(OrthancCollection.Name)]
public sealed class OrthancDicomWebTests(OrthancProcess orthanc)
{
    private static CancellationToken Ct => CancellationToken.None;

    private IDicomWebApi Api() => DicomWebHttpClientFactory.CreateApi<IDicomWebApi>(orthanc.BaseAddress);

    private async Task<IDicomWebApi> WithWalkThroughStoredAsync()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var api = Api();
        using (var blue = MultipartTestContent.DicomFiles(TestData.Dcm("blue-circle.dcm")))
        using (var stored = await api.StoreAsync(blue, DicomAcceptHeader.DicomJson, Ct))
        {
            await stored.EnsureDicomWebSuccessAsync(Ct);
        }
        using (var pair = MultipartTestContent.DicomFiles(TestData.Dcm("red-triangle.dcm"), TestData.Dcm("green-square.dcm")))
        using (var stored = await api.StoreToStudyAsync(WalkThrough.Study, pair, DicomAcceptHeader.DicomJson, Ct))
        {
            await stored.EnsureDicomWebSuccessAsync(Ct);
        }
        return api;
    }

    [SkippableFact]
    public async Task Store_answers_a_dicom_json_store_response_and_refuses_single_part()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var api = Api();
        using (var blue = MultipartTestContent.DicomFiles(TestData.Dcm("blue-circle.dcm")))
        using (var stored = await api.StoreAsync(blue, DicomAcceptHeader.DicomJson, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            Assert.Equal("application/dicom+json", stored.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await stored.Content.ReadAsStringAsync(Ct));
            var referenced = json.RootElement.GetProperty("00081199").GetProperty("Value");
            Assert.Equal(WalkThrough.BlueCircle, referenced[0].GetProperty("00081155").GetProperty("Value")[0].GetString());
        }
        // The walk-through's non-standard single-part store: Azure answers 409 (already stored), Orthanc 415.
        using var single = MultipartTestContent.SingleDicomFile(File.ReadAllBytes(TestData.Dcm("blue-circle.dcm")));
        var response = await api.StoreAsync(single, DicomAcceptHeader.DicomJson, Ct);
        var error = await Assert.ThrowsAsync<DicomWebMediaTypeException>(() => response.EnsureDicomWebSuccessAsync(Ct));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, error.StatusCode);
    }

    [SkippableFact]
    public async Task Each_search_route_finds_the_walk_through_instances()
    {
        var api = await WithWalkThroughStoredAsync();
        var json = DicomAcceptHeader.DicomJson;
        Assert.Equal(1, await CountAsync(api.SearchStudiesAsync("StudyInstanceUID=" + WalkThrough.Study, json, Ct)));
        Assert.Equal(1, await CountAsync(api.SearchSeriesAsync("SeriesInstanceUID=" + WalkThrough.SharedSeries, json, Ct)));
        Assert.Equal(1, await CountAsync(api.SearchStudySeriesAsync(WalkThrough.Study, "SeriesInstanceUID=" + WalkThrough.SharedSeries, json, Ct)));
        Assert.Equal(1, await CountAsync(api.SearchInstancesAsync("SOPInstanceUID=" + WalkThrough.RedTriangle, json, Ct)));
        Assert.Equal(1, await CountAsync(api.SearchStudyInstancesAsync(WalkThrough.Study, "SOPInstanceUID=" + WalkThrough.RedTriangle, json, Ct)));
        Assert.Equal(1, await CountAsync(api.SearchSeriesInstancesAsync(WalkThrough.Study, WalkThrough.SharedSeries, "SOPInstanceUID=" + WalkThrough.RedTriangle, json, Ct)));
        Assert.Equal(2, await CountAsync(api.SearchSeriesAsync("", json, Ct)));
        Assert.Equal(3, await CountAsync(api.SearchInstancesAsync("Modality=O?&PatientName=Anony*", json, Ct)));
        Assert.Equal(2, await CountAsync(api.SearchStudyInstancesAsync(WalkThrough.Study, "SeriesInstanceUID=" + WalkThrough.SharedSeries + "&includefield=00100010", json, Ct)));
    }

    [SkippableFact]
    public async Task A_caret_in_a_search_value_arrives_raw()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var api = Api();
        using (var content = MultipartTestContent.DicomBytes(WalkThrough.BlueCircleWithCaretName()))
        using (var stored = await api.StoreAsync(content, DicomAcceptHeader.DicomJson, Ct))
        {
            await stored.EnsureDicomWebSuccessAsync(Ct);
        }
        var json = DicomAcceptHeader.DicomJson;
        Assert.Equal(1, await CountAsync(api.SearchStudiesAsync("PatientName=MOUS^ANONY", json, Ct)));
        Assert.Equal(1, await CountAsync(api.SearchInstancesAsync("PatientName=MOUS^ANON*", json, Ct)));
        Assert.Equal(1, await CountAsync(api.SearchSeriesAsync("PatientName=*^ANONY&Modality=OT", json, Ct)));
        // Orthanc does not percent-decode QIDO values, which is why '^' must not be escaped on the way out.
        Assert.Equal(0, await CountAsync(api.SearchStudiesAsync("PatientName=MOUS%5EANONY", json, Ct)));
    }

    [SkippableFact]
    public async Task Retrieve_study_series_and_instance()
    {
        var api = await WithWalkThroughStoredAsync();
        using (var study = await (await api.RetrieveStudyAsync(WalkThrough.Study, DicomAcceptHeader.MultipartDicom, Ct)).EnsureDicomWebSuccessAsync(Ct))
        {
            Assert.Equal(3, await CountPartsAsync(study, "application/dicom"));
        }
        using (var series = await (await api.RetrieveSeriesAsync(WalkThrough.Study, WalkThrough.SharedSeries, DicomAcceptHeader.MultipartDicom, Ct)).EnsureDicomWebSuccessAsync(Ct))
        {
            Assert.Equal(2, await CountPartsAsync(series, "application/dicom"));
        }
        using (var instance = await (await api.RetrieveInstanceAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, DicomAcceptHeader.MultipartDicom, Ct)).EnsureDicomWebSuccessAsync(Ct))
        {
            Assert.Equal(1, await CountPartsAsync(instance, "application/dicom"));
        }
        // The walk-through's single-part instance Accept is Azure's; Orthanc 1.10 cannot produce it (documented quirk).
        var single = await api.RetrieveInstanceAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, DicomAcceptHeader.DicomFile, Ct);
        var error = await Assert.ThrowsAsync<DicomWebBadRequestException>(() => single.EnsureDicomWebSuccessAsync(Ct));
        Assert.Contains("application/dicom; transfer-syntax=*", error.ServerMessage);
    }

    [SkippableFact]
    public async Task Metadata_at_each_level()
    {
        var api = await WithWalkThroughStoredAsync();
        var json = DicomAcceptHeader.DicomJson;
        Assert.Equal(3, await CountAsync(api.RetrieveStudyMetadataAsync(WalkThrough.Study, json, Ct)));
        Assert.Equal(2, await CountAsync(api.RetrieveSeriesMetadataAsync(WalkThrough.Study, WalkThrough.SharedSeries, json, Ct)));
        Assert.Equal(1, await CountAsync(api.RetrieveInstanceMetadataAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, json, Ct)));
    }

    [SkippableFact]
    public async Task First_frame_as_multipart_octet_stream()
    {
        var api = await WithWalkThroughStoredAsync();
        using var frames = await (await api.RetrieveFramesAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, 1, DicomAcceptHeader.MultipartFrames, Ct)).EnsureDicomWebSuccessAsync(Ct);
        Assert.Equal(1, await CountPartsAsync(frames, "application/octet-stream"));
    }

    [SkippableFact]
    public async Task Rendered_instance_as_jpeg_and_png()
    {
        var api = await WithWalkThroughStoredAsync();
        using (var jpeg = await (await api.RetrieveRenderedInstanceAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, null, DicomAcceptHeader.Jpeg, Ct)).EnsureDicomWebSuccessAsync(Ct))
        {
            Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
            Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, (await jpeg.Content.ReadAsByteArrayAsync(Ct))[..3]);
        }
        using var png = await (await api.RetrieveRenderedFrameAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, 1, null, DicomAcceptHeader.Png, Ct)).EnsureDicomWebSuccessAsync(Ct);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await png.Content.ReadAsByteArrayAsync(Ct))[..4]);
    }

    [SkippableFact]
    public async Task DicomWeb_delete_is_not_allowed_on_orthanc()
    {
        var api = await WithWalkThroughStoredAsync();
        using var instance = await api.DeleteInstanceAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, Ct);
        using var series = await api.DeleteSeriesAsync(WalkThrough.Study, WalkThrough.SharedSeries, Ct);
        using var study = await api.DeleteStudyAsync(WalkThrough.Study, Ct);
        Assert.Equal([HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed], new[] { instance.StatusCode, series.StatusCode, study.StatusCode });
    }

    [SkippableFact]
    public async Task A_missing_study_is_a_not_found_exception_with_orthanc_message()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var response = await Api().RetrieveStudyMetadataAsync("1.2.3.4.5", DicomAcceptHeader.DicomJson, Ct);
        var error = await Assert.ThrowsAsync<DicomWebNotFoundException>(() => response.EnsureDicomWebSuccessAsync(Ct));
        Assert.Contains("/dicom-web/studies/1.2.3.4.5/metadata", error.Message);
    }

    [SkippableFact]
    public async Task The_dependency_injection_client_keeps_the_prefix_and_the_caret()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var services = new ServiceCollection();
        services.AddDicomWebApi<IDicomWebApi>(new Uri(orthanc.BaseAddress.AbsoluteUri.TrimEnd('/')));
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IDicomWebApi>();
        using (var content = MultipartTestContent.DicomBytes(WalkThrough.BlueCircleWithCaretName()))
        using (var stored = await api.StoreAsync(content, DicomAcceptHeader.DicomJson, Ct))
        {
            await stored.EnsureDicomWebSuccessAsync(Ct);
        }
        Assert.Equal(1, await CountAsync(api.SearchStudiesAsync("PatientName=MOUS^ANONY", DicomAcceptHeader.DicomJson, Ct)));
    }

    private static async Task<int> CountAsync(Task<HttpResponseMessage> request)
    {
        using var response = await (await request).EnsureDicomWebSuccessAsync(Ct);
        Assert.Equal("application/dicom+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetArrayLength();
    }

    /// <summary>Checks Orthanc's multipart Content-Type shape and counts the parts by their boundary lines.</summary>
    private static async Task<int> CountPartsAsync(HttpResponseMessage response, string partType)
    {
        var contentType = string.Join(",", response.Content.Headers.GetValues("Content-Type"));
        var parsed = response.Content.Headers.ContentType!;
        Assert.Equal("multipart/related", parsed.MediaType);
        var type = parsed.Parameters.Single(p => p.Name == "type").Value!.Trim('"');
        // Orthanc puts the transfer syntax inside the quotes of frame responses: type="application/octet-stream; transfer-syntax=…".
        Assert.Equal(partType, type.Split(';')[0].Trim());
        var boundary = parsed.Parameters.Single(p => p.Name == "boundary").Value!;
        Assert.False(boundary.StartsWith('"'), "Orthanc's boundary is unquoted: " + contentType);
        Assert.InRange(boundary.Length, 60, 80);
        var body = Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.EndsWith("--" + boundary + "--", body.TrimEnd());
        return body.Split("--" + boundary + "\r\n").Length - 1;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using DicomTyped.Http;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Xunit;
using Orthanc = DicomTyped.Profiles.Orthanc;

namespace DicomTyped.Tests.Client;

/// <summary>The Azure walk-through as typed <see cref="DicomWebClient"/> calls against a real Orthanc.</summary>
[Collection(OrthancCollection.Name)]
public sealed class OrthancClientTests(OrthancProcess orthanc)
{
    private static CancellationToken Ct => CancellationToken.None;

    private static readonly DicomReadOptions HeaderOnly = new() { StopBeforePixelData = true };

    private DicomWebClient Client(DicomWebClientOptions? options = null) => DicomWebClient.Create(orthanc.BaseAddress, options: options);

    private async Task<DicomWebClient> WithWalkThroughStoredAsync()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var client = Client();
        var blue = await client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct);
        Assert.Equal(DicomStoreStatus.Stored, blue.Status);
        var pair = await client.StoreInstancesAsync([TestData.Dcm("red-triangle.dcm"), TestData.Dcm("green-square.dcm")], WalkThrough.Study, Ct);
        Assert.Equal(DicomStoreStatus.Stored, pair.Status);
        return client;
    }

    [SkippableFact]
    public async Task Store_returns_typed_stored_instances_with_their_retrieve_urls()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        using var client = Client();
        var result = await client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        Assert.True(result.AllStored);
        var stored = Assert.Single(result.Stored);
        Assert.Equal(WalkThrough.BlueCircle, stored.SopInstanceUid);
        Assert.Equal("1.2.840.10008.5.1.4.1.1.7", stored.SopClassUid);
        Assert.EndsWith("/instances/" + WalkThrough.BlueCircle, stored.RetrieveUrl);
        Assert.Empty(result.Failed);

        var pair = await client.StoreInstancesAsync([TestData.Dcm("red-triangle.dcm"), TestData.Dcm("green-square.dcm")], WalkThrough.Study, Ct);
        Assert.Equal([WalkThrough.RedTriangle, WalkThrough.GreenSquare], pair.Stored.Select(s => s.SopInstanceUid));
    }

    [SkippableFact]
    public async Task Walk_through_retrieve_study_series_and_instance_read_lazily()
    {
        using var client = await WithWalkThroughStoredAsync();
        var expected = TestData.WalkThroughFiles.Select(name => DicomFile.Open(TestData.Dcm(name), HeaderOnly).Dataset)
            .ToDictionary(d => d.GetUid(DicomTags.SOPInstanceUID)!, d => d.GetString(DicomTags.PatientName));

        var study = new List<DicomFile>();
        await foreach (var file in client.RetrieveStudyAsync(WalkThrough.Study, cancellationToken: Ct))
        {
            study.Add(file);
        }
        Assert.Equal(3, study.Count);
        foreach (var file in study)
        {
            var uid = file.Dataset.GetUid(DicomTags.SOPInstanceUID)!;
            Assert.True(expected.ContainsKey(uid), uid);
            Assert.Equal(expected[uid], file.Dataset.GetString(DicomTags.PatientName));
            Assert.False(file.StoppedBeforePixelData);
        }
        Assert.Equal(expected.Keys.Order(), study.Select(f => f.Dataset.GetUid(DicomTags.SOPInstanceUID)!).Order());

        var series = await ToListAsync(client.RetrieveSeriesAsync(WalkThrough.Study, WalkThrough.SharedSeries, HeaderOnly, Ct));
        Assert.Equal([WalkThrough.GreenSquare, WalkThrough.RedTriangle], series.Select(f => f.Dataset.GetUid(DicomTags.SOPInstanceUID)).Order());
        Assert.All(series, f => Assert.True(f.StoppedBeforePixelData));

        var instance = await client.RetrieveInstanceAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, cancellationToken: Ct);
        Assert.Equal(WalkThrough.RedTriangle, instance.Dataset.GetUid(DicomTags.SOPInstanceUID));
        var original = DicomFile.Open(TestData.Dcm("red-triangle.dcm"));
        Assert.True(DicomFrames.GetFrame(original.Dataset, 1).Span.SequenceEqual(DicomFrames.GetFrame(instance.Dataset, 1).Span));
    }

    [SkippableFact]
    public async Task Breaking_off_a_study_retrieve_after_the_first_instance_releases_the_response()
    {
        using var client = await WithWalkThroughStoredAsync();
        await foreach (var instance in client.RetrieveStudyInstancesAsync(WalkThrough.Study, Ct))
        {
            Assert.Equal(DicomMediaTypes.Dicom, instance.MediaType);
            break;
        }
        // The connection pool is still usable: a second call on the same client goes through.
        Assert.Equal(3, (await ToListAsync(client.RetrieveStudyAsync(WalkThrough.Study, HeaderOnly, Ct))).Count);
    }

    [SkippableFact]
    public async Task Metadata_at_every_level_as_typed_records_and_as_datasets()
    {
        using var client = await WithWalkThroughStoredAsync();
        var study = await client.RetrieveStudyMetadataAsync<Orthanc.InstanceMetadata>(WalkThrough.Study, cancellationToken: Ct);
        Assert.Equal(3, study.Items.Count);
        Assert.False(study.NotModified);
        Assert.All(study.Items, m => Assert.Equal(WalkThrough.Study, m.StudyInstanceUID));
        Assert.Equal(new[] { WalkThrough.BlueCircle, WalkThrough.GreenSquare, WalkThrough.RedTriangle }.Order(StringComparer.Ordinal), study.Items.Select(m => m.SOPInstanceUID!).Order(StringComparer.Ordinal));

        var series = await client.RetrieveSeriesMetadataAsync<Orthanc.InstanceMetadata>(WalkThrough.Study, WalkThrough.SharedSeries, cancellationToken: Ct);
        Assert.Equal(2, series.Items.Count);
        var instance = await client.RetrieveInstanceMetadataAsync<Orthanc.InstanceMetadata>(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, cancellationToken: Ct);
        Assert.Equal(WalkThrough.RedTriangle, Assert.Single(instance.Items).SOPInstanceUID);
        Assert.Equal("Anony Mous", Assert.Single(instance.Items).PatientName?.ToString());

        var studySets = await client.RetrieveStudyMetadataAsync(WalkThrough.Study, cancellationToken: Ct);
        Assert.Equal(3, studySets.Items.Count);
        var seriesSets = await client.RetrieveSeriesMetadataAsync(WalkThrough.Study, WalkThrough.SharedSeries, cancellationToken: Ct);
        Assert.Equal(2, seriesSets.Items.Count);
        var instanceSet = Assert.Single((await client.RetrieveInstanceMetadataAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, cancellationToken: Ct)).Items);
        Assert.Equal(WalkThrough.RedTriangle, instanceSet.GetUid(DicomTags.SOPInstanceUID));
        Assert.Equal(WalkThrough.SharedSeries, instanceSet.GetUid(DicomTags.SeriesInstanceUID));
        Assert.Equal("Anony Mous", instanceSet.GetString(DicomTags.PatientName));
        Assert.Equal((ushort)979, instanceSet.GetValue<ushort>(DicomTags.Rows));
    }

    [SkippableFact]
    public async Task Frame_one_equals_the_files_first_frame_and_rendered_is_an_image()
    {
        using var client = await WithWalkThroughStoredAsync();
        var frame = await client.RetrieveFrameAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, 1, Ct);
        var original = DicomFile.Open(TestData.Dcm("red-triangle.dcm"));
        Assert.Equal(1, frame.Number);
        Assert.Equal(DicomMediaTypes.OctetStream, frame.MediaType);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian.Uid, frame.TransferSyntaxUid);
        Assert.True(DicomFrames.GetFrame(original.Dataset, 1).Span.SequenceEqual(frame.Data.Span));

        var frames = await client.RetrieveFramesAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, [1], Ct);
        Assert.Single(frames);

        var jpeg = await client.RetrieveRenderedInstanceAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, cancellationToken: Ct);
        Assert.Equal("image/jpeg", jpeg.MediaType);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, jpeg.Data[..3].ToArray());
        var png = await client.RetrieveRenderedFrameAsync(WalkThrough.Study, WalkThrough.SharedSeries, WalkThrough.RedTriangle, 1, RenderedFormat.Png, cancellationToken: Ct);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Data[..4].ToArray());
    }

    [SkippableFact]
    public async Task Every_search_route_with_the_orthanc_typed_builders()
    {
        using var client = await WithWalkThroughStoredAsync();
        Assert.Single((await client.SearchAsync(Orthanc.Qido.Studies().StudyInstanceUID(WalkThrough.Study), Ct)).Items);
        var series = Assert.Single((await client.SearchAsync(Orthanc.Qido.Series().SeriesInstanceUID(WalkThrough.SharedSeries), Ct)).Items);
        Assert.Equal(WalkThrough.Study, series.StudyInstanceUID);
        Assert.Single((await client.SearchAsync(Orthanc.Qido.StudySeries(WalkThrough.Study).SeriesInstanceUID(WalkThrough.SharedSeries), Ct)).Items);
        Assert.Single((await client.SearchAsync(Orthanc.Qido.Instances().SOPInstanceUID(WalkThrough.RedTriangle), Ct)).Items);
        Assert.Single((await client.SearchAsync(Orthanc.Qido.StudyInstances(WalkThrough.Study).SOPInstanceUID(WalkThrough.RedTriangle), Ct)).Items);
        var instance = Assert.Single((await client.SearchAsync(Orthanc.Qido.SeriesInstances(WalkThrough.Study, WalkThrough.SharedSeries).SOPInstanceUID(WalkThrough.RedTriangle), Ct)).Items);
        Assert.Equal(WalkThrough.RedTriangle, instance.SOPInstanceUID);
        Assert.Equal(2, (await client.SearchAsync(Orthanc.Qido.StudyInstances(WalkThrough.Study).SOPInstanceUIDIn(WalkThrough.RedTriangle, WalkThrough.GreenSquare), Ct)).Items.Count);
        Assert.Empty((await client.SearchAsync(Orthanc.Qido.Studies().StudyInstanceUID("1.2.3.4"), Ct)).Items);
    }

    [SkippableFact]
    public async Task Person_name_with_caret_and_wildcards_and_the_string_keyed_form()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        using var client = Client();
        await client.StoreInstancesAsync([new MemoryStream(WalkThrough.BlueCircleWithCaretName())], cancellationToken: Ct);

        Assert.Equal("MOUS^ANONY", Assert.Single((await client.SearchAsync(Orthanc.Qido.Studies().PatientName("MOUS^ANONY"), Ct)).Items).PatientName?.ToString());
        Assert.Single((await client.SearchAsync(Orthanc.Qido.Studies().PatientNameWildcard("MOUS^AN*"), Ct)).Items);
        Assert.Single((await client.SearchAsync(Orthanc.Qido.Instances().PatientNameWildcard("M?US^*"), Ct)).Items);
        Assert.Empty((await client.SearchAsync(Orthanc.Qido.Studies().PatientName("MOUS^OTHER"), Ct)).Items);

        var keyed = await client.SearchAsync<Orthanc.StudyMatch>("studies", [new("00100010", "MOUS^ANONY"), new("includefield", "00081030")], Ct);
        Assert.Equal(WalkThrough.Study, Assert.Single(keyed.Items).StudyInstanceUID);
        var keyedSeries = await client.SearchAsync<Orthanc.SeriesMatch>($"studies/{WalkThrough.Study}/series", [new("Modality", "O*")], Ct);
        Assert.Single(keyedSeries.Items);
    }

    [SkippableFact]
    public async Task Paging_follows_limit_and_offset_over_several_pages()
    {
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        using var client = Client();
        var template = DicomFile.Open(TestData.Dcm("blue-circle.dcm"));
        var studies = new List<string>();
        var copies = new List<DicomFile>();
        for (var i = 0; i < 7; i++)
        {
            var dataset = new DicomDataset(template.Dataset);
            var study = DicomUid.Generate();
            studies.Add(study);
            dataset.SetUid(DicomTags.StudyInstanceUID, study);
            dataset.SetUid(DicomTags.SeriesInstanceUID, DicomUid.Generate());
            dataset.SetUid(DicomTags.SOPInstanceUID, DicomUid.Generate());
            copies.Add(new DicomFile(dataset));
        }
        var stored = await client.StoreInstancesAsync(copies, cancellationToken: Ct);
        Assert.Equal(7, stored.Stored.Count);

        var all = await ToListAsync(client.SearchAllAsync(Orthanc.Qido.Studies().Limit(3), Ct));
        Assert.Equal(studies.Order(), all.Select(s => s.StudyInstanceUID!).Order());
        var pageOfThree = await client.SearchAsync(Orthanc.Qido.Studies().Limit(3).Offset(3), Ct);
        Assert.Equal(3, pageOfThree.Items.Count);
        Assert.True(pageOfThree.HasMore);
        // Orthanc sends no remaining count, so a short page may still have more (a server may cap its pages); only the
        // empty page after it ends the results.
        var last = await client.SearchAsync(Orthanc.Qido.Studies().Limit(3).Offset(6), Ct);
        Assert.Single(last.Items);
        Assert.True(last.HasMore);
        var past = await client.SearchAsync(Orthanc.Qido.Studies().Limit(3).Offset(7), Ct);
        Assert.Empty(past.Items);
        Assert.False(past.HasMore);
        var fromOffset = await ToListAsync(client.SearchAllAsync(Orthanc.Qido.Studies().Limit(2).Offset(5), Ct));
        Assert.Equal(2, fromOffset.Count);

        // The default page size drives paging when the query names no limit.
        using var smallPages = Client(new DicomWebClientOptions { PageSize = 2 });
        Assert.Equal(7, (await ToListAsync(smallPages.SearchAllAsync(Orthanc.Qido.Studies(), Ct))).Count);
    }

    [SkippableFact]
    public async Task Save_study_writes_the_servers_bytes_one_file_per_instance()
    {
        using var client = await WithWalkThroughStoredAsync();
        var directory = Directory.CreateTempSubdirectory("dicomtyped-save-").FullName;
        try
        {
            var paths = await client.SaveStudyAsync(WalkThrough.Study, directory, Ct);
            Assert.Equal(3, paths.Count);
            Assert.Equal(3, Directory.GetFiles(directory).Length);
            foreach (var path in paths)
            {
                var uid = Path.GetFileNameWithoutExtension(path);
                Assert.Equal(await OrthancFileAsync(uid), await File.ReadAllBytesAsync(path, Ct));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Errors_carry_status_and_message_and_delete_is_refused_by_orthanc()
    {
        using var client = await WithWalkThroughStoredAsync();
        await Assert.ThrowsAsync<DicomWebNotFoundException>(() => client.RetrieveStudyMetadataAsync<Orthanc.InstanceMetadata>("1.2.3.4.5", cancellationToken: Ct));
        await Assert.ThrowsAsync<DicomWebNotFoundException>(async () => await ToListAsync(client.RetrieveStudyAsync("1.2.3.4.5", cancellationToken: Ct)));
        // Orthanc deletes through its own REST API only; DICOMweb DELETE is 405, neither 204 nor 404.
        var refused = await Assert.ThrowsAsync<DicomWebException>(() => client.DeleteStudyAsync(WalkThrough.Study, Ct));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
    }

    private async Task<byte[]> OrthancFileAsync(string sopInstanceUid)
    {
        using var lookup = await orthanc.Rest.PostAsync("tools/lookup", new StringContent(sopInstanceUid), Ct);
        lookup.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await lookup.Content.ReadAsStringAsync(Ct))!.AsArray().Single(n => n!["Type"]!.GetValue<string>() == "Instance")!["ID"]!.GetValue<string>();
        return await orthanc.Rest.GetByteArrayAsync($"instances/{id}/file", Ct);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Http;
using DicomTyped.Multipart;

namespace DicomTyped.Cli.Conformance;

internal sealed partial class ConformanceRunner
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private async Task RetrieveChecksAsync(CancellationToken cancellationToken)
    {
        await CheckAsync("retrieve.study", "retrieve", "WADO-RS study: every instance stored, as multipart/related application/dicom",
            $"the {_stored.Count} instances stored", async ct =>
            {
                var uids = new List<string?>();
                await foreach (var file in _client.RetrieveStudyAsync(_study.Study, new DicomReadOptions { StopBeforePixelData = true }, ct).ConfigureAwait(false))
                {
                    uids.Add(file.Dataset.GetUid(DicomTags.SOPInstanceUID));
                }
                return SameSet(uids, _stored.Select(i => i.Instance), "instances");
            }, cancellationToken).ConfigureAwait(false);

        var seriesA = _stored.Where(i => i.Series == _study.SeriesA[0].Series).ToList();
        if (seriesA.Count == 0)
        {
            return;
        }
        await CheckAsync("retrieve.series", "retrieve", "WADO-RS series: every instance of the series", $"the {seriesA.Count} instances of series A",
            async ct =>
            {
                var uids = new List<string?>();
                await foreach (var file in _client.RetrieveSeriesAsync(_study.Study, seriesA[0].Series, new DicomReadOptions { StopBeforePixelData = true }, ct).ConfigureAwait(false))
                {
                    uids.Add(file.Dataset.GetUid(DicomTags.SOPInstanceUID));
                }
                return SameSet(uids, seriesA.Select(i => i.Instance), "instances");
            }, cancellationToken).ConfigureAwait(false);

        var first = seriesA[0];
        await CheckAsync("retrieve.instance", "retrieve", "WADO-RS instance: the instance with the pixel data sent", "the same SOP Instance and pixel data bytes",
            async ct =>
            {
                using var file = await _client.RetrieveInstanceAsync(first.Study, first.Series, first.Instance, cancellationToken: ct).ConfigureAwait(false);
                var uid = file.Dataset.GetUid(DicomTags.SOPInstanceUID);
                var pixels = file.Dataset.GetBytes(DicomTags.PixelData);
                return CheckVerdict.When(uid == first.Instance && pixels.Span.SequenceEqual(first.PixelData),
                    $"{uid}, {pixels.Length} bytes of pixel data as sent",
                    $"{first.Instance} with {first.PixelData.Length} bytes of pixel data as sent",
                    $"{uid ?? "no SOP Instance UID"} with {pixels.Length} bytes of pixel data{(pixels.Length == first.PixelData.Length ? " that differ" : "")}");
            }, cancellationToken).ConfigureAwait(false);

        await TransferSyntaxChecksAsync(cancellationToken).ConfigureAwait(false);
    }

    // A3 was stored in Implicit VR Little Endian: asked for as Explicit VR Little Endian it must come back converted
    // (PS3.18 8.7.3.5), and asked for with transfer-syntax=* it may come back as stored.
    private async Task TransferSyntaxChecksAsync(CancellationToken cancellationToken)
    {
        var implicitInstance = _study.Implicit;
        if (!_stored.Contains(implicitInstance))
        {
            return;
        }
        var explicitUid = TransferSyntax.ExplicitVRLittleEndian.Uid;
        if (Capabilities.TransferSyntaxConversion is { } noConversion)
        {
            NotSupported("retrieve.transfer-syntax.explicit-le", "retrieve", "WADO-RS with transfer-syntax=1.2.840.10008.1.2.1 converts an Implicit VR instance", noConversion);
        }
        else
        {
            await CheckAsync("retrieve.transfer-syntax.explicit-le", "retrieve", "WADO-RS with transfer-syntax=1.2.840.10008.1.2.1 converts an Implicit VR instance",
                $"200, a part in {explicitUid} with the pixel data sent", async ct =>
                {
                    var (status, syntax, pixels) = await RetrieveInTransferSyntaxAsync(implicitInstance, explicitUid, ct).ConfigureAwait(false);
                    return CheckVerdict.When(syntax == explicitUid && pixels.SequenceEqual(implicitInstance.PixelData),
                        $"{status}, {explicitUid}, pixel data as sent",
                        $"200, a part in {explicitUid} with the pixel data sent",
                        $"{status}, {syntax ?? "no part"}{(syntax == explicitUid ? ", pixel data differs" : "")}");
                }, cancellationToken).ConfigureAwait(false);
        }
        await CheckAsync("retrieve.transfer-syntax.any", "retrieve", "WADO-RS with transfer-syntax=* returns the instance in a transfer syntax of the server's choice",
            "200, a readable part with the pixel data sent", async ct =>
            {
                var (status, syntax, pixels) = await RetrieveInTransferSyntaxAsync(implicitInstance, DicomMediaRange.AnyTransferSyntax, ct).ConfigureAwait(false);
                return CheckVerdict.When(syntax is not null && pixels.SequenceEqual(implicitInstance.PixelData),
                    $"{status}, sent in {syntax}", "200, a readable part with the pixel data sent", $"{status}, {syntax ?? "no part"}");
            }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(string Status, string? TransferSyntax, byte[] Pixels)> RetrieveInTransferSyntaxAsync(SyntheticInstance instance, string transferSyntax, CancellationToken cancellationToken)
    {
        using var response = await _client.Api.RetrieveInstanceAsync(instance.Study, instance.Series, instance.Instance,
            DicomAcceptHeader.Multipart(DicomMediaType.Dicom, transferSyntax), cancellationToken).ConfigureAwait(false);
        var status = $"{(int)response.StatusCode}";
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType is null)
        {
            return (status, null, []);
        }
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = MultipartRelatedReader.Create(body, response.Content.Headers.ContentType.ToString());
        var part = await reader.ReadNextPartAsync(cancellationToken).ConfigureAwait(false);
        if (part is null)
        {
            return (status, null, []);
        }
        using var file = await DicomFile.ReadAsync(part.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (status, file.TransferSyntax.Uid, file.Dataset.GetBytes(DicomTags.PixelData).ToArray());
    }

    private async Task MetadataChecksAsync(CancellationToken cancellationToken)
    {
        await CheckAsync("metadata.study", "metadata", "WADO-RS study metadata: one DICOM JSON data set per instance", $"the {_stored.Count} instances stored",
            async ct =>
            {
                var result = await _client.RetrieveStudyMetadataAsync(_study.Study, cancellationToken: ct).ConfigureAwait(false);
                return SameSet(result.Items.Select(d => d.GetUid(DicomTags.SOPInstanceUID)), _stored.Select(i => i.Instance), "data sets");
            }, cancellationToken).ConfigureAwait(false);

        var seriesA = _stored.Where(i => i.Series == _study.SeriesA[0].Series).ToList();
        if (seriesA.Count == 0)
        {
            return;
        }
        await CheckAsync("metadata.series", "metadata", "WADO-RS series metadata", $"the {seriesA.Count} instances of series A",
            async ct =>
            {
                var result = await _client.RetrieveSeriesMetadataAsync(_study.Study, seriesA[0].Series, cancellationToken: ct).ConfigureAwait(false);
                return SameSet(result.Items.Select(d => d.GetUid(DicomTags.SOPInstanceUID)), seriesA.Select(i => i.Instance), "data sets");
            }, cancellationToken).ConfigureAwait(false);

        var multiFrame = _study.MultiFrame;
        if (!_stored.Contains(multiFrame))
        {
            return;
        }
        await CheckAsync("metadata.instance", "metadata", "WADO-RS instance metadata carries the attributes stored",
            "one data set with the SOP Instance UID, PatientID, Rows, Columns and NumberOfFrames 3", async ct =>
            {
                var result = await _client.RetrieveInstanceMetadataAsync(multiFrame.Study, multiFrame.Series, multiFrame.Instance, cancellationToken: ct).ConfigureAwait(false);
                var d = result.Items.FirstOrDefault();
                var seen = d is null ? "no data set"
                    : $"{result.Items.Count} data set(s): SOPInstanceUID {d.GetUid(DicomTags.SOPInstanceUID)}, PatientID {d.GetString(DicomTags.PatientID)}, " +
                      $"Rows {Number(d, DicomTags.Rows)}, Columns {Number(d, DicomTags.Columns)}, NumberOfFrames {d.GetString(DicomTags.NumberOfFrames)}";
                var ok = result.Items.Count == 1 && d!.GetUid(DicomTags.SOPInstanceUID) == multiFrame.Instance
                    && d.GetString(DicomTags.PatientID) == multiFrame.Dataset.GetString(DicomTags.PatientID)
                    && Number(d, DicomTags.Rows) == SyntheticStudy.Rows.ToString() && Number(d, DicomTags.Columns) == SyntheticStudy.Columns.ToString()
                    && d.GetString(DicomTags.NumberOfFrames)?.Trim() == "3";
                return CheckVerdict.When(ok, seen, "one data set with the SOP Instance UID, PatientID, Rows 4, Columns 5 and NumberOfFrames 3", seen);
            }, cancellationToken).ConfigureAwait(false);
    }

    private async Task FrameChecksAsync(CancellationToken cancellationToken)
    {
        var multiFrame = _study.MultiFrame;
        if (!_stored.Contains(multiFrame))
        {
            return;
        }
        await CheckAsync("frames.single", "frames", "WADO-RS frame 2 of a multi-frame instance", "the bytes of frame 2 as stored",
            async ct =>
            {
                var frame = await _client.RetrieveFrameAsync(multiFrame.Study, multiFrame.Series, multiFrame.Instance, 2, ct).ConfigureAwait(false);
                return CheckVerdict.When(frame.Data.Span.SequenceEqual(multiFrame.Frame(2)), $"{frame.Data.Length} bytes, {frame.MediaType}",
                    $"{multiFrame.Frame(2).Length} bytes of frame 2", $"{frame.Data.Length} bytes{(frame.Data.Length == multiFrame.Frame(2).Length ? " that differ" : "")}");
            }, cancellationToken).ConfigureAwait(false);

        await CheckAsync("frames.multiple", "frames", "WADO-RS frames 1,3 in one request, in the order asked", "frames 1 and 3 as stored, in that order",
            async ct =>
            {
                var frames = await _client.RetrieveFramesAsync(multiFrame.Study, multiFrame.Series, multiFrame.Instance, [1, 3], ct).ConfigureAwait(false);
                var ok = frames.Count == 2 && frames[0].Data.Span.SequenceEqual(multiFrame.Frame(1)) && frames[1].Data.Span.SequenceEqual(multiFrame.Frame(3));
                return CheckVerdict.When(ok, "2 frames as stored", "frames 1 and 3 as stored, in that order",
                    $"{frames.Count} frame(s) of {string.Join(", ", frames.Select(f => f.Data.Length))} bytes{(frames.Count == 2 ? ", content differs" : "")}");
            }, cancellationToken).ConfigureAwait(false);
    }

    private async Task RenderedChecksAsync(CancellationToken cancellationToken)
    {
        const string instanceTitle = "WADO-RS rendered instance as image/jpeg";
        const string frameTitle = "WADO-RS rendered frame 2 as image/png";
        if (Capabilities.Rendered is { } noRendered)
        {
            NotSupported("rendered.instance", "rendered", instanceTitle, noRendered);
            NotSupported("rendered.frame", "rendered", frameTitle, noRendered);
            return;
        }
        var first = _stored[0];
        await CheckAsync("rendered.instance", "rendered", instanceTitle, "200 image/jpeg starting with FF D8", async ct =>
        {
            var image = await _client.RetrieveRenderedInstanceAsync(first.Study, first.Series, first.Instance, RenderedFormat.Jpeg, cancellationToken: ct).ConfigureAwait(false);
            var ok = image.MediaType.StartsWith("image/jpeg", StringComparison.OrdinalIgnoreCase) && image.Data.Length > 2 && image.Data.Span[0] == 0xFF && image.Data.Span[1] == 0xD8;
            return CheckVerdict.When(ok, $"{image.MediaType}, {image.Data.Length} bytes", "image/jpeg starting with FF D8", $"{image.MediaType}, {image.Data.Length} bytes");
        }, cancellationToken).ConfigureAwait(false);

        var multiFrame = _study.MultiFrame;
        if (!_stored.Contains(multiFrame))
        {
            return;
        }
        await CheckAsync("rendered.frame", "rendered", frameTitle, "200 image/png with the PNG signature", async ct =>
        {
            var image = await _client.RetrieveRenderedFrameAsync(multiFrame.Study, multiFrame.Series, multiFrame.Instance, 2, RenderedFormat.Png, cancellationToken: ct).ConfigureAwait(false);
            var ok = image.MediaType.StartsWith("image/png", StringComparison.OrdinalIgnoreCase) && image.Data.Span.StartsWith(PngSignature);
            return CheckVerdict.When(ok, $"{image.MediaType}, {image.Data.Length} bytes", "image/png with the PNG signature", $"{image.MediaType}, {image.Data.Length} bytes");
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string? Number(DicomDataset dataset, DicomTag tag) =>
        dataset.TryGetValue<int>(tag, out var value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static CheckVerdict SameSet(IEnumerable<string?> actual, IEnumerable<string> expected, string what)
    {
        var got = actual.ToList();
        var want = expected.ToHashSet();
        var ok = got.Count == want.Count && got.All(u => u is not null && want.Contains(u));
        return CheckVerdict.When(ok, $"{got.Count} {what}, as stored", $"{want.Count} {what}: {List(want)}", $"{got.Count} {what}: {List(got)}");
    }
}

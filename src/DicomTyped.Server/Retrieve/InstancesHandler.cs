using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Negotiation;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Index;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// WADO-RS retrieve of a study, a series or an instance (PS3.18 10.4.1.1.1–3): multipart/related of Part 10 files, or
/// for an instance also a single-part <c>application/dicom</c> body, streamed file by file from disk.
/// </summary>
internal static class InstancesHandler
{
    /// <summary>Answers the request.</summary>
    /// <exception cref="DicomWebRequestException">404 when nothing is stored under the UIDs; 406 when the Accept header
    /// names no form every instance can be produced in (see <see cref="InstanceEncoding.Choose"/>).</exception>
    public static async Task RetrieveAsync(HttpContext http, DicomWebServices services, string study, string? series, string? instance, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var located = await services.Index.GetInstancesAsync(study, series, instance, cancellationToken).ConfigureAwait(false);
        // A file removed since it was indexed (a delete racing this request) is left out, not sent half.
        var present = located.Select(i => (Instance: i, Length: services.Files.GetLength(i.FileKey))).Where(x => x.Length is not null)
            .Select(x => (x.Instance, Length: x.Length!.Value)).ToList();
        if (present.Count == 0)
        {
            throw DicomWebRequestException.NotFound(NotFoundMessage(study, series, instance));
        }
        var singlePartAllowed = instance is not null;
        var forms = RetrieveAcceptNegotiator.Negotiate(request, MediaTypes.Dicom, singlePartAllowed);
        if (forms.Count == 0)
        {
            throw RetrieveAcceptNegotiator.NotAcceptable(request, MediaTypes.Dicom, singlePartAllowed);
        }
        var (form, encodings) = ChooseForm(forms, present, services.Options.MaxTranscodeSize);
        var response = http.Response;
        WarnOfByteOrderChange(response, services.Options.ServiceName, present, encodings);
        if (!form.Multipart)
        {
            var (only, length) = present[0];
            response.ContentType = InstancePayloadWriter.ContentType(encodings[0]);
            response.ContentLength = InstancePayloadWriter.KnownLength(encodings[0], length);
            var file = services.Files.OpenRead(only.FileKey);
            await using (file.ConfigureAwait(false))
            {
                await InstancePayloadWriter.WriteAsync(file, length, encodings[0], response.BodyWriter, cancellationToken).ConfigureAwait(false);
            }
            await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var boundary = MultipartResponseWriter.CreateBoundary();
        var parts = present.Select((p, i) => new PartHeaders(
            InstancePayloadWriter.ContentType(encodings[i]),
            InstancePayloadWriter.KnownLength(encodings[i], p.Length),
            ResourceUrls.Instance(request, p.Instance))).ToArray();
        response.ContentType = MultipartResponseWriter.ContentType(MediaTypes.Dicom, boundary);
        response.ContentLength = MultipartResponseWriter.MeasureBody(boundary, parts);
        var writer = new MultipartResponseWriter(response.BodyWriter, boundary);
        for (var i = 0; i < present.Count; i++)
        {
            writer.BeginPart(parts[i]);
            var file = services.Files.OpenRead(present[i].Instance.FileKey);
            await using (file.ConfigureAwait(false))
            {
                await InstancePayloadWriter.WriteAsync(file, present[i].Length, encodings[i], response.BodyWriter, cancellationToken).ConfigureAwait(false);
            }
        }
        await writer.EndAsync(cancellationToken).ConfigureAwait(false);
    }

    // The best-ranked form in which every instance can be sent; a form is all or nothing, so a study is never sent
    // half in one syntax and half refused.
    private static (RetrievedForm Form, InstanceEncoding[] Encodings) ChooseForm(
        IReadOnlyList<RetrievedForm> forms, List<(InstanceLocation Instance, long Length)> present, long maxTranscodeSize)
    {
        string? refusal = null;
        foreach (var form in forms)
        {
            var encodings = new InstanceEncoding[present.Count];
            var all = true;
            for (var i = 0; i < present.Count && all; i++)
            {
                var (instance, length) = present[i];
                var stored = TransferSyntax.FromUid(instance.TransferSyntaxUid);
                var encoding = InstanceEncoding.Choose(stored, form.TransferSyntax, length, maxTranscodeSize);
                if (encoding is null)
                {
                    all = false;
                    refusal ??= $"Instance {instance.SopInstanceUid} is stored in {stored.Name} ({stored.Uid}, {length} bytes) and cannot be sent in "
                        + $"transfer syntax {form.TransferSyntax}: the server sends the stored syntax (transfer-syntax=*) and produces Explicit VR Little Endian "
                        + $"from uncompressed syntaxes only, for files of at most {maxTranscodeSize} bytes.";
                }
                else
                {
                    encodings[i] = encoding;
                }
            }
            if (all)
            {
                return (form, encodings);
            }
        }
        throw DicomWebRequestException.NotAcceptable(refusal!);
    }

    // An instance stored in Explicit VR Big Endian and sent in Explicit VR Little Endian arrives with its binary values
    // byte-swapped: not the bytes stored. Said in a PS3.18 8.4.3 Warning header, never silently.
    private static void WarnOfByteOrderChange(HttpResponse response, string service, List<(InstanceLocation Instance, long Length)> present, InstanceEncoding[] encodings)
    {
        var converted = present.Where((p, i) => encodings[i].Transcode && TransferSyntax.FromUid(p.Instance.TransferSyntaxUid).IsBigEndian).Count();
        if (converted > 0)
        {
            WarningHeader.Add(response, service,
                $"{converted} instance(s) stored in Explicit VR Big Endian converted to {TransferSyntax.ExplicitVRLittleEndian.Name} as asked (binary values byte-swapped); ask for transfer-syntax=* for the stored bytes.");
        }
    }

    /// <summary>The 404 message for UIDs that match nothing (shared by the retrieve handlers).</summary>
    internal static string NotFoundMessage(string study, string? series, string? instance) =>
        instance is not null ? $"Instance {instance} of series {series} in study {study} is not stored."
        : series is not null ? $"Series {series} of study {study} is not stored."
        : $"Study {study} is not stored.";
}

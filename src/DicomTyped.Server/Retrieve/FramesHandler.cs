using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using DicomTyped.Server.Negotiation;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// WADO-RS frames (PS3.18 10.4.1.1.5): the pixel data of the frames named, 1-based, in the order named, as
/// multipart/related of <c>application/octet-stream</c> parts, or one frame as a single-part body. Native frames are
/// little endian (Explicit VR Little Endian's encoding, also for a big-endian file); encapsulated frames are the
/// compressed bytes, sent in their stored transfer syntax only. Each frame is read alone from the file.
/// </summary>
internal static class FramesHandler
{
    /// <summary>Answers the request.</summary>
    /// <exception cref="DicomWebRequestException">400: a malformed frame list; 404: the instance, its pixel data or a
    /// frame is missing; 406: no accepted transfer syntax can be produced.</exception>
    public static async Task RetrieveAsync(HttpContext http, DicomWebServices services, string study, string series, string instance, string frames, CancellationToken cancellationToken)
    {
        if (!FrameList.TryParse(frames, out var numbers, out var error))
        {
            throw DicomWebRequestException.BadRequest(error);
        }
        var request = http.Request;
        var stored = await StoredInstance.OpenAsync(services, study, series, instance, services.Options.MaxTranscodeSize, cancellationToken).ConfigureAwait(false);
        await using (stored.ConfigureAwait(false))
        {
            foreach (var number in numbers)
            {
                stored.RequireFrame(number);
            }
            var singlePartAllowed = numbers.Length == 1;
            var forms = RetrieveAcceptNegotiator.Negotiate(request, MediaTypes.OctetStream, singlePartAllowed);
            if (forms.Count == 0)
            {
                throw RetrieveAcceptNegotiator.NotAcceptable(request, MediaTypes.OctetStream, singlePartAllowed);
            }
            var (form, syntax) = Choose(forms, stored.File);
            var partType = MediaTypes.OctetStream + "; transfer-syntax=" + syntax;
            var response = http.Response;
            if (!form.Multipart)
            {
                var frame = await ReadFrameAsync(stored, numbers[0], cancellationToken).ConfigureAwait(false);
                response.ContentType = partType;
                response.ContentLength = frame.Length;
                await response.BodyWriter.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
                return;
            }
            var boundary = MultipartResponseWriter.CreateBoundary();
            response.ContentType = MultipartResponseWriter.ContentType(MediaTypes.OctetStream, boundary);
            var writer = new MultipartResponseWriter(response.BodyWriter, boundary);
            foreach (var number in numbers)
            {
                var frame = await ReadFrameAsync(stored, number, cancellationToken).ConfigureAwait(false);
                writer.BeginPart(new PartHeaders(partType, frame.Length, ResourceUrls.Frame(request, stored.Location, number)));
                await response.BodyWriter.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            }
            await writer.EndAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Native pixel data is sent little endian whatever the file's syntax, so it is Explicit VR Little Endian (and
    // also what "*" gets); encapsulated pixel data only as stored.
    private static (RetrievedForm Form, string Syntax) Choose(IReadOnlyList<RetrievedForm> forms, DicomFile file)
    {
        var encapsulated = file.Dataset[CoreTags.PixelData] is DicomFragments;
        var stored = file.TransferSyntax;
        foreach (var form in forms)
        {
            if (encapsulated && (form.AcceptsStored || form.TransferSyntax == stored.Uid))
            {
                return (form, stored.Uid);
            }
            if (!encapsulated && (form.AcceptsStored || form.TransferSyntax == TransferSyntax.ExplicitVRLittleEndian.Uid))
            {
                return (form, TransferSyntax.ExplicitVRLittleEndian.Uid);
            }
        }
        throw DicomWebRequestException.NotAcceptable(encapsulated
            ? $"The frames are compressed in {stored.Name} ({stored.Uid}); they are sent in that transfer syntax (or transfer-syntax=*) only."
            : $"The frames are native pixel data; they are sent in Explicit VR Little Endian ({TransferSyntax.ExplicitVRLittleEndian.Uid}) or transfer-syntax=*.");
    }

    // A frame the header promises but the pixel data does not hold is the stored file's fault: InvalidOperationException, 500.
    private static ValueTask<ReadOnlyMemory<byte>> ReadFrameAsync(StoredInstance stored, int number, CancellationToken cancellationToken) =>
        DicomFrames.GetFrameAsync(stored.File.Dataset, number, cancellationToken);
}

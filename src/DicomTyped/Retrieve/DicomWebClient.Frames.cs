using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;
using DicomTyped.Multipart;

namespace DicomTyped.Client;

public sealed partial class DicomWebClient
{
    /// <summary>
    /// WADO-RS: frames of an instance (1-based numbers, in the order given), each with its media type and transfer
    /// syntax. Asked for as <c>multipart/related; type="application/octet-stream"</c> in the client's transfer syntax.
    /// </summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="frameNumbers">One or more 1-based frame numbers.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status (404 for a frame that does not exist).</exception>
    /// <exception cref="DicomWebResponseTooLargeException">A frame is longer than <see cref="DicomWebClientOptions.MaxFrameBytes"/> (by its part's Content-Length, before it is read, or while it is read).</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer holds more frames than were asked for.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back, or it broke off.</exception>
    /// <exception cref="MultipartException">The multipart body is malformed.</exception>
    public async Task<IReadOnlyList<DicomFrame>> RetrieveFramesAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, IReadOnlyList<int> frameNumbers, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        CheckUid(sopInstanceUid, nameof(sopInstanceUid));
        ArgumentNullException.ThrowIfNull(frameNumbers);
        var list = DicomFrameList.Of(frameNumbers.ToArray());
        var accept = DicomAcceptHeader.Multipart(DicomMediaType.OctetStream, _options.TransferSyntax);
        using var response = await SendAsync(token => Api.RetrieveFramesAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, list, accept, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var contentType = HttpContentTypes.Parse(response.Content);
        var frames = new List<DicomFrame>(frameNumbers.Count);
        var body = new TransportErrorStream(await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false), response);
        await using (body.ConfigureAwait(false))
        {
            if (!HttpContentTypes.IsMultipart(contentType))
            {
                var bytes = await ReadFrameAsync(response, body, response.Content.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
                frames.Add(new DicomFrame(frameNumbers[0], contentType?.MediaType ?? DicomMediaTypes.OctetStream, contentType?.GetParameter("transfer-syntax"), bytes));
                return frames;
            }
            var reader = MultipartRelatedReader.Create(body, HttpContentTypes.RawContentType(response.Content)!, new MultipartReaderOptions { LeaveOpen = true });
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadNextPartAsync(cancellationToken).ConfigureAwait(false) is { } part)
                {
                    if (frames.Count == frameNumbers.Count)
                    {
                        // Each frame asked for is bounded by MaxFrameBytes; without this the number of frames would not be.
                        throw new DicomWebInvalidResponseException(DicomWebResponseExtensions.Describe(response), $"more frames than the {frameNumbers.Count} asked for.");
                    }
                    // Orthanc names the transfer syntax only inside the response's quoted type parameter.
                    var transferSyntax = part.ContentType?.GetParameter("transfer-syntax") ?? reader.RelatedType?.GetParameter("transfer-syntax");
                    var mediaType = part.ContentType?.MediaType ?? reader.RelatedType?.MediaType ?? DicomMediaTypes.OctetStream;
                    var bytes = await ReadFrameAsync(response, part.Body, part.ContentLength, cancellationToken).ConfigureAwait(false);
                    frames.Add(new DicomFrame(frameNumbers[frames.Count], mediaType, transferSyntax, bytes));
                }
            }
        }
        return frames;
    }

    /// <summary>WADO-RS: one frame (1-based).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="frameNumber">The 1-based frame number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or as <see cref="RetrieveFramesAsync"/>; <see cref="DicomWebInvalidResponseException"/> when the answer holds no frame.</exception>
    public async Task<DicomFrame> RetrieveFrameAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, int frameNumber, CancellationToken cancellationToken = default)
    {
        var frames = await RetrieveFramesAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, [frameNumber], cancellationToken).ConfigureAwait(false);
        return frames.Count > 0
            ? frames[0]
            : throw new DicomWebInvalidResponseException(new DicomWebError(System.Net.HttpStatusCode.OK, null, "GET", null, null, [], new Dictionary<string, string>()), "no frame.");
    }

    /// <summary>WADO-RS: an instance rendered as a consumer image (its first frame for a multi-frame instance).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="format">JPEG (the default) or PNG.</param>
    /// <param name="quality">JPEG quality 1..100, or null for the server's default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status (404 when there is no pixel data), or the image is longer than <see cref="DicomWebClientOptions.MaxRenderedBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    public Task<RenderedImage> RetrieveRenderedInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, RenderedFormat format = RenderedFormat.Jpeg, int? quality = null, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        CheckUid(sopInstanceUid, nameof(sopInstanceUid));
        CheckQuality(quality);
        return ReadRenderedAsync(token => Api.RetrieveRenderedInstanceAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, quality, AcceptOf(format), token), format, cancellationToken);
    }

    /// <summary>WADO-RS: one frame rendered as a consumer image.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="frameNumber">The 1-based frame number.</param>
    /// <param name="format">JPEG (the default) or PNG.</param>
    /// <param name="quality">JPEG quality 1..100, or null for the server's default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or the image is longer than <see cref="DicomWebClientOptions.MaxRenderedBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    public Task<RenderedImage> RetrieveRenderedFrameAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, int frameNumber, RenderedFormat format = RenderedFormat.Jpeg, int? quality = null, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        CheckUid(sopInstanceUid, nameof(sopInstanceUid));
        ArgumentOutOfRangeException.ThrowIfLessThan(frameNumber, 1);
        CheckQuality(quality);
        return ReadRenderedAsync(token => Api.RetrieveRenderedFrameAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, frameNumber, quality, AcceptOf(format), token), format, cancellationToken);
    }

    private static DicomAcceptHeader AcceptOf(RenderedFormat format) => format == RenderedFormat.Png ? DicomAcceptHeader.Png : DicomAcceptHeader.Jpeg;

    private static void CheckQuality(int? quality)
    {
        if (quality is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(quality), quality, "quality is 1..100.");
        }
    }

    private async Task<RenderedImage> ReadRenderedAsync(Func<CancellationToken, Task<HttpResponseMessage>> send, RenderedFormat format, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(send, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? AcceptOf(format).Ranges[0].ToString();
        var image = await BoundedBody.ReadAsync(response, _options.MaxRenderedBytes, nameof(DicomWebClientOptions.MaxRenderedBytes), "rendered image", cancellationToken).ConfigureAwait(false);
        return new RenderedImage(mediaType, image);
    }

    private Task<ReadOnlyMemory<byte>> ReadFrameAsync(HttpResponseMessage response, Stream body, long? declaredLength, CancellationToken cancellationToken) =>
        BoundedBody.ReadAsync(body, declaredLength, _options.MaxFrameBytes,
            declared => BoundedBody.TooLarge(response, "frame", _options.MaxFrameBytes, nameof(DicomWebClientOptions.MaxFrameBytes), declared), cancellationToken);
}

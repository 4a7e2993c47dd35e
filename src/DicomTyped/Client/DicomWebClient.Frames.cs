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
    /// <exception cref="DicomWebException">The server answered an unsuccessful status (404 for a frame that does not exist).</exception>
    public async Task<IReadOnlyList<DicomFrame>> RetrieveFramesAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, IReadOnlyList<int> frameNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(studyInstanceUid);
        ArgumentException.ThrowIfNullOrEmpty(seriesInstanceUid);
        ArgumentException.ThrowIfNullOrEmpty(sopInstanceUid);
        ArgumentNullException.ThrowIfNull(frameNumbers);
        var list = DicomFrameList.Of(frameNumbers.ToArray());
        var accept = DicomAcceptHeader.Multipart(DicomMediaType.OctetStream, _options.TransferSyntax);
        using var response = await Api.RetrieveFramesAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, list, accept, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var contentType = HttpContentTypes.Parse(response.Content);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var frames = new List<DicomFrame>(frameNumbers.Count);
        if (!HttpContentTypes.IsMultipart(contentType))
        {
            await using (body.ConfigureAwait(false))
            {
                frames.Add(new DicomFrame(frameNumbers[0], contentType?.MediaType ?? DicomMediaTypes.OctetStream, contentType?.GetParameter("transfer-syntax"), await ReadAllAsync(body, cancellationToken).ConfigureAwait(false)));
            }
            return frames;
        }
        var reader = MultipartRelatedReader.Create(body, HttpContentTypes.RawContentType(response.Content)!);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadNextPartAsync(cancellationToken).ConfigureAwait(false) is { } part)
            {
                var index = frames.Count;
                var number = index < frameNumbers.Count ? frameNumbers[index] : index + 1;
                // Orthanc names the transfer syntax only inside the response's quoted type parameter.
                var transferSyntax = part.ContentType?.GetParameter("transfer-syntax") ?? reader.RelatedType?.GetParameter("transfer-syntax");
                var mediaType = part.ContentType?.MediaType ?? reader.RelatedType?.MediaType ?? DicomMediaTypes.OctetStream;
                frames.Add(new DicomFrame(number, mediaType, transferSyntax, await ReadAllAsync(part.Body, cancellationToken).ConfigureAwait(false)));
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
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public async Task<DicomFrame> RetrieveFrameAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, int frameNumber, CancellationToken cancellationToken = default)
    {
        var frames = await RetrieveFramesAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, [frameNumber], cancellationToken).ConfigureAwait(false);
        return frames.Count > 0 ? frames[0] : throw new InvalidDataException("The server answered the frame retrieve with no frame.");
    }

    /// <summary>WADO-RS: an instance rendered as a consumer image (its first frame for a multi-frame instance).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="format">JPEG (the default) or PNG.</param>
    /// <param name="quality">JPEG quality 1..100, or null for the server's default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status (404 when there is no pixel data).</exception>
    public Task<RenderedImage> RetrieveRenderedInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, RenderedFormat format = RenderedFormat.Jpeg, int? quality = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(studyInstanceUid);
        ArgumentException.ThrowIfNullOrEmpty(seriesInstanceUid);
        ArgumentException.ThrowIfNullOrEmpty(sopInstanceUid);
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
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public Task<RenderedImage> RetrieveRenderedFrameAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, int frameNumber, RenderedFormat format = RenderedFormat.Jpeg, int? quality = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(studyInstanceUid);
        ArgumentException.ThrowIfNullOrEmpty(seriesInstanceUid);
        ArgumentException.ThrowIfNullOrEmpty(sopInstanceUid);
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
        using var response = await send(cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? AcceptOf(format).Ranges[0].ToString();
        return new RenderedImage(mediaType, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
    }

    private static async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}

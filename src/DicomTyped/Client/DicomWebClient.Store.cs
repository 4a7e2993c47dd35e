using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Http;
using DicomTyped.Multipart;

namespace DicomTyped.Client;

public sealed partial class DicomWebClient
{
    /// <summary>
    /// STOW-RS: stores Part 10 files as one multipart/related request (<c>POST studies</c>, or <c>POST studies/{study}</c>
    /// when <paramref name="studyInstanceUid"/> is given). Each file is streamed from disk while the request is sent.
    /// </summary>
    /// <param name="paths">The Part 10 files.</param>
    /// <param name="studyInstanceUid">The study every instance must belong to, or null for any study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The typed store response; 200, 202 and 409 are results, told apart by <see cref="DicomStoreResult.Status"/>.</returns>
    /// <exception cref="DicomWebException">Any other unsuccessful status (400, 401, 415, 503…).</exception>
    public Task<DicomStoreResult> StoreInstancesAsync(IEnumerable<string> paths, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var content = new MultipartRelatedContent(DicomMediaTypes.Dicom);
        foreach (var path in paths)
        {
            content.AddFile(path, DicomMediaTypes.Dicom);
        }
        return SendStoreAsync(content, studyInstanceUid, cancellationToken);
    }

    /// <summary>STOW-RS of Part 10 streams, one part each, read while the request is sent. The streams are disposed with the request.</summary>
    /// <param name="streams">Streams positioned at the start of a Part 10 file (preamble included).</param>
    /// <param name="studyInstanceUid">The study every instance must belong to, or null for any study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409.</exception>
    public Task<DicomStoreResult> StoreInstancesAsync(IEnumerable<Stream> streams, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var content = new MultipartRelatedContent(DicomMediaTypes.Dicom);
        foreach (var stream in streams)
        {
            content.Add(stream, DicomMediaTypes.Dicom);
        }
        return SendStoreAsync(content, studyInstanceUid, cancellationToken);
    }

    /// <summary>
    /// STOW-RS of in-memory files. Each is encoded just before its part is sent, so only one encoded instance is held at a time.
    /// </summary>
    /// <param name="files">The files (datasets with their meta information).</param>
    /// <param name="studyInstanceUid">The study every instance must belong to, or null for any study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409.</exception>
    public Task<DicomStoreResult> StoreInstancesAsync(IEnumerable<DicomFile> files, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var content = new MultipartRelatedContent(DicomMediaTypes.Dicom);
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file);
            content.Add(token => EncodeAsync(file, token), DicomMediaTypes.Dicom);
        }
        return SendStoreAsync(content, studyInstanceUid, cancellationToken);
    }

    /// <summary>STOW-RS of datasets, each written as a Part 10 file in Explicit VR Little Endian with its meta information filled in.</summary>
    /// <param name="datasets">The datasets; each needs SOPClassUID and SOPInstanceUID.</param>
    /// <param name="studyInstanceUid">The study every instance must belong to, or null for any study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409.</exception>
    public Task<DicomStoreResult> StoreInstancesAsync(IEnumerable<DicomDataset> datasets, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var files = new List<DicomFile>();
        foreach (var dataset in datasets)
        {
            files.Add(new DicomFile(dataset));
        }
        return StoreInstancesAsync(files, studyInstanceUid, cancellationToken);
    }

    /// <summary>
    /// The single-part store that Azure accepts besides the standard: the body is one Part 10 file sent as
    /// <c>application/dicom</c>, streamed from disk.
    /// </summary>
    /// <param name="path">The Part 10 file.</param>
    /// <param name="studyInstanceUid">The study the instance must belong to, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409 (servers without this form answer 400 or 415).</exception>
    public Task<DicomStoreResult> StoreSinglePartAsync(string path, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return StoreSinglePartAsync(stream, studyInstanceUid, cancellationToken);
    }

    /// <summary>The single-part store of a Part 10 stream (<c>Content-Type: application/dicom</c>). The stream is disposed with the request.</summary>
    /// <param name="stream">A stream at the start of a Part 10 file.</param>
    /// <param name="studyInstanceUid">The study the instance must belong to, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409.</exception>
    public Task<DicomStoreResult> StoreSinglePartAsync(Stream stream, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var content = new StreamContent(stream, 81920);
        content.Headers.ContentType = new MediaTypeHeaderValue(DicomMediaTypes.Dicom);
        return SendStoreAsync(content, studyInstanceUid, cancellationToken);
    }

    private static async Task<Stream> EncodeAsync(DicomFile file, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await file.SaveAsync(buffer, null, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return buffer;
    }

    private async Task<DicomStoreResult> SendStoreAsync(HttpContent content, string? studyInstanceUid, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var partCount = content is MultipartRelatedContent multipart ? multipart.Parts.Count : 1;
        using (content)
        {
            var response = studyInstanceUid is null
                ? await Api.StoreAsync(content, DicomAcceptHeader.DicomJson, cancellationToken).ConfigureAwait(false)
                : await Api.StoreToStudyAsync(studyInstanceUid, content, DicomAcceptHeader.DicomJson, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.NoContent or HttpStatusCode.Conflict))
                {
                    await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
                }
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var result = StoreResponseReader.Read(response.StatusCode, body, ResponseWarnings.Of(response));
                DicomWebClientLog.Stored(_logger, partCount, (int)response.StatusCode, result.Stored.Count, result.Failed.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                foreach (var failed in result.Failed)
                {
                    DicomWebClientLog.StoreFailedInstance(_logger, failed.SopInstanceUid, failed.ReasonCode);
                }
                return result;
            }
        }
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.EnsureDicomWebSuccessAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DicomWebException exception)
        {
            DicomWebClientLog.Failed(_logger, (int)exception.StatusCode, exception);
            throw;
        }
    }
}

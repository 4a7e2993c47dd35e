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
    /// <returns>
    /// The typed store response; 200, 202 and 409 are results, told apart by <see cref="DicomStoreResult.Status"/>. Each
    /// stored and failed instance names its Study and Series Instance UIDs, from the response or read back from its file.
    /// </returns>
    /// <exception cref="ArgumentException">The study UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="FileNotFoundException">A file does not exist; the message and <see cref="FileNotFoundException.FileName"/> give its full path. Nothing is sent.</exception>
    /// <exception cref="DicomWebException">Any other unsuccessful status (400, 401, 415, 503…).</exception>
    /// <exception cref="DicomWebInvalidResponseException">The server answered 200, 202 or 409 with a body that is not a DICOM JSON store response: the instances may be stored.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The store response is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back.</exception>
    public Task<DicomStoreResult> StoreInstancesAsync(IEnumerable<string> paths, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        CheckStudy(studyInstanceUid);
        var content = new MultipartRelatedContent(DicomMediaTypes.Dicom);
        var sent = new StoreRequestInstances();
        foreach (var path in paths)
        {
            content.AddFile(path, DicomMediaTypes.Dicom);
            sent.AddFile(path);
        }
        return SendStoreAsync(content, studyInstanceUid, sent, cancellationToken);
    }

    /// <summary>STOW-RS of Part 10 streams, one part each, read while the request is sent. The streams are disposed with the request.</summary>
    /// <param name="streams">Streams positioned at the start of a Part 10 file (preamble included).</param>
    /// <param name="studyInstanceUid">The study every instance must belong to, or null for any study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">The study UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409, or as the store of files.</exception>
    public Task<DicomStoreResult> StoreInstancesAsync(IEnumerable<Stream> streams, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        CheckStudy(studyInstanceUid);
        var content = new MultipartRelatedContent(DicomMediaTypes.Dicom);
        foreach (var stream in streams)
        {
            content.Add(stream, DicomMediaTypes.Dicom);
        }
        return SendStoreAsync(content, studyInstanceUid, new StoreRequestInstances(), cancellationToken);
    }

    /// <summary>
    /// STOW-RS of in-memory files. Each is encoded just before its part is sent, so only one encoded instance is held at a time.
    /// </summary>
    /// <param name="files">The files (datasets with their meta information).</param>
    /// <param name="studyInstanceUid">The study every instance must belong to, or null for any study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">The study UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409, or as the store of files.</exception>
    public Task<DicomStoreResult> StoreInstancesAsync(IEnumerable<DicomFile> files, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        CheckStudy(studyInstanceUid);
        var content = new MultipartRelatedContent(DicomMediaTypes.Dicom);
        var sent = new StoreRequestInstances();
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file);
            content.Add(token => EncodeAsync(file, token), DicomMediaTypes.Dicom);
            sent.AddDataset(file.Dataset);
        }
        return SendStoreAsync(content, studyInstanceUid, sent, cancellationToken);
    }

    /// <summary>STOW-RS of datasets, each written as a Part 10 file in Explicit VR Little Endian with its meta information filled in.</summary>
    /// <param name="datasets">The datasets; each needs SOPClassUID and SOPInstanceUID.</param>
    /// <param name="studyInstanceUid">The study every instance must belong to, or null for any study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">The study UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409, or as the store of files.</exception>
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
    /// <exception cref="ArgumentException">The study UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist; the message gives its path.</exception>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409 (servers without this form answer 400 or 415), or as the multipart store.</exception>
    public Task<DicomStoreResult> StoreSinglePartAsync(string path, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckStudy(studyInstanceUid);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var sent = new StoreRequestInstances();
        sent.AddFile(path);
        return SendSinglePartAsync(stream, studyInstanceUid, sent, cancellationToken);
    }

    /// <summary>The single-part store of a Part 10 stream (<c>Content-Type: application/dicom</c>). The stream is disposed with the request.</summary>
    /// <param name="stream">A stream at the start of a Part 10 file.</param>
    /// <param name="studyInstanceUid">The study the instance must belong to, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">The study UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">An unsuccessful status other than 409, or as the multipart store.</exception>
    public Task<DicomStoreResult> StoreSinglePartAsync(Stream stream, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckStudy(studyInstanceUid);
        return SendSinglePartAsync(stream, studyInstanceUid, new StoreRequestInstances(), cancellationToken);
    }

    private Task<DicomStoreResult> SendSinglePartAsync(Stream stream, string? studyInstanceUid, StoreRequestInstances sent, CancellationToken cancellationToken)
    {
        var content = new StreamContent(stream, 81920);
        content.Headers.ContentType = new MediaTypeHeaderValue(DicomMediaTypes.Dicom);
        return SendStoreAsync(content, studyInstanceUid, sent, cancellationToken);
    }

    private static void CheckStudy(string? studyInstanceUid)
    {
        if (studyInstanceUid is not null)
        {
            CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        }
    }

    private static async Task<Stream> EncodeAsync(DicomFile file, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await file.SaveAsync(buffer, null, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return buffer;
    }

    private async Task<DicomStoreResult> SendStoreAsync(HttpContent content, string? studyInstanceUid, StoreRequestInstances sent, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var partCount = content is MultipartRelatedContent multipart ? multipart.Parts.Count : 1;
        using (content)
        {
            using var response = await SendAsync(
                token => studyInstanceUid is null
                    ? Api.StoreAsync(content, DicomAcceptHeader.DicomJson, token)
                    : Api.StoreToStudyAsync(studyInstanceUid, content, DicomAcceptHeader.DicomJson, token),
                cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.NoContent or HttpStatusCode.Conflict))
            {
                await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            }
            var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
            var result = StoreResponseReader.Read(response.StatusCode, body.Span, ResponseWarnings.Of(response), response);
            result = await NameStudiesAsync(result, studyInstanceUid, sent, cancellationToken).ConfigureAwait(false);
            DicomWebClientLog.Stored(_logger, partCount, (int)response.StatusCode, result.Stored.Count, result.Failed.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            foreach (var failed in result.Failed)
            {
                DicomWebClientLog.StoreFailedInstance(_logger, failed.SopInstanceUid, failed.ReasonCode);
            }
            return result;
        }
    }

    // The response names SOP Instances; their study and series come from each RetrieveURL, else from the files sent.
    private static async Task<DicomStoreResult> NameStudiesAsync(DicomStoreResult result, string? studyInstanceUid, StoreRequestInstances sent, CancellationToken cancellationToken)
    {
        var stored = new List<StoredInstance>(result.Stored.Count);
        foreach (var instance in result.Stored)
        {
            var (study, series) = RetrieveUrls.StudyAndSeries(instance.RetrieveUrl);
            if (study is null || series is null)
            {
                var (sentStudy, sentSeries) = await sent.FindAsync(instance.SopInstanceUid, cancellationToken).ConfigureAwait(false);
                study ??= sentStudy;
                series ??= sentSeries;
            }
            stored.Add(instance with { StudyInstanceUid = study ?? studyInstanceUid, SeriesInstanceUid = series });
        }
        var failed = new List<FailedInstance>(result.Failed.Count);
        foreach (var instance in result.Failed)
        {
            var (study, series) = await sent.FindAsync(instance.SopInstanceUid, cancellationToken).ConfigureAwait(false);
            failed.Add(instance with { StudyInstanceUid = study ?? studyInstanceUid, SeriesInstanceUid = series });
        }
        return result with { Stored = stored, Failed = failed };
    }
}

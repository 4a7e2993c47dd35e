using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
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
    /// WADO-RS: every instance of a study, read lazily: the next part is not read from the network until it is asked
    /// for. Each file is read with <paramref name="readOptions"/> (everything by default).
    /// </summary>
    /// <remarks>
    /// The transfer syntax asked for is <see cref="DicomWebClientOptions.TransferSyntax"/>. Anything but <c>*</c> lets the
    /// server convert: an instance stored in Explicit VR Big Endian and asked for as Explicit VR Little Endian
    /// (<c>1.2.840.10008.1.2.1</c>) arrives converted to little endian by the server, not as stored. A server that says so
    /// in a <c>Warning</c> header (the embedded server does) has its words in each file's <see cref="DicomFile.Warnings"/>.
    /// </remarks>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="readOptions">How each file is read; <see cref="DicomReadOptions.StopBeforePixelData"/> reads headers only.</param>
    /// <param name="cancellationToken">Cancels the request and reading.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status (404 for an unknown study).</exception>
    public IAsyncEnumerable<DicomFile> RetrieveStudyAsync(string studyInstanceUid, DicomReadOptions? readOptions = null, CancellationToken cancellationToken = default) =>
        ReadFilesAsync(RetrieveStudyInstancesAsync(studyInstanceUid, cancellationToken), readOptions, cancellationToken);

    /// <summary>WADO-RS: every instance of a series, read lazily as <see cref="RetrieveStudyAsync"/> does.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="readOptions">How each file is read.</param>
    /// <param name="cancellationToken">Cancels the request and reading.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public IAsyncEnumerable<DicomFile> RetrieveSeriesAsync(string studyInstanceUid, string seriesInstanceUid, DicomReadOptions? readOptions = null, CancellationToken cancellationToken = default) =>
        ReadFilesAsync(RetrieveSeriesInstancesAsync(studyInstanceUid, seriesInstanceUid, cancellationToken), readOptions, cancellationToken);

    /// <summary>
    /// WADO-RS: one instance. Asked for as a one-part multipart/related body unless
    /// <see cref="DicomWebClientOptions.RetrieveInstanceAsSinglePart"/>; either form of answer is read.
    /// </summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="readOptions">How the file is read.</param>
    /// <param name="cancellationToken">Cancels the request and reading.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public async Task<DicomFile> RetrieveInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, DicomReadOptions? readOptions = null, CancellationToken cancellationToken = default)
    {
        await foreach (var instance in RetrieveInstanceStreamAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, cancellationToken).ConfigureAwait(false))
        {
            return await instance.ReadFileAsync(readOptions, cancellationToken).ConfigureAwait(false);
        }
        throw new DicomWebInvalidResponseException(new DicomWebError(System.Net.HttpStatusCode.OK, null, "GET", null, null, [], new Dictionary<string, string>()), "an empty multipart body, no instance.");
    }

    /// <summary>
    /// WADO-RS: every instance of a study as part streams, for callers that copy bytes rather than read datasets.
    /// Each <see cref="RetrievedInstance.Body"/> is valid until the next instance is asked for.
    /// </summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="cancellationToken">Cancels the request and reading.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public IAsyncEnumerable<RetrievedInstance> RetrieveStudyInstancesAsync(string studyInstanceUid, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        return ReadPartsAsync("study", studyInstanceUid, (accept, token) => Api.RetrieveStudyAsync(studyInstanceUid, accept, token), MultipartDicomAccept, cancellationToken);
    }

    /// <summary>WADO-RS: every instance of a series as part streams.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="cancellationToken">Cancels the request and reading.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public IAsyncEnumerable<RetrievedInstance> RetrieveSeriesInstancesAsync(string studyInstanceUid, string seriesInstanceUid, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        return ReadPartsAsync("series", seriesInstanceUid, (accept, token) => Api.RetrieveSeriesAsync(studyInstanceUid, seriesInstanceUid, accept, token), MultipartDicomAccept, cancellationToken);
    }

    /// <summary>WADO-RS: one instance as a part stream (a sequence of one).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="cancellationToken">Cancels the request and reading.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public IAsyncEnumerable<RetrievedInstance> RetrieveInstanceStreamAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        CheckUid(sopInstanceUid, nameof(sopInstanceUid));
        var accept = _options.RetrieveInstanceAsSinglePart ? DicomAcceptHeader.Single(DicomMediaType.Dicom, _options.TransferSyntax) : MultipartDicomAccept;
        return ReadPartsAsync("instance", sopInstanceUid, (a, token) => Api.RetrieveInstanceAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, a, token), accept, cancellationToken);
    }

    /// <summary>
    /// Retrieves a study straight into <paramref name="directory"/>, one file per instance named
    /// <c>{SOPInstanceUID}.dcm</c>, each streamed from the network to disk (the bytes are the server's, unchanged).
    /// </summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="directory">Created when missing; files of the same name are replaced.</param>
    /// <param name="cancellationToken">Cancels the request and writing.</param>
    /// <returns>The paths written, in the order received.</returns>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public Task<IReadOnlyList<string>> SaveStudyAsync(string studyInstanceUid, string directory, CancellationToken cancellationToken = default) =>
        SaveAllAsync(RetrieveStudyInstancesAsync(studyInstanceUid, cancellationToken), directory, cancellationToken);

    /// <summary>Retrieves a series straight into <paramref name="directory"/>, as <see cref="SaveStudyAsync"/> does.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="directory">Created when missing.</param>
    /// <param name="cancellationToken">Cancels the request and writing.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public Task<IReadOnlyList<string>> SaveSeriesAsync(string studyInstanceUid, string seriesInstanceUid, string directory, CancellationToken cancellationToken = default) =>
        SaveAllAsync(RetrieveSeriesInstancesAsync(studyInstanceUid, seriesInstanceUid, cancellationToken), directory, cancellationToken);

    private DicomAcceptHeader MultipartDicomAccept => DicomAcceptHeader.Multipart(DicomMediaType.Dicom, _options.TransferSyntax);

    private static async IAsyncEnumerable<DicomFile> ReadFilesAsync(IAsyncEnumerable<RetrievedInstance> instances, DicomReadOptions? readOptions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var instance in instances.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await instance.ReadFileAsync(readOptions, cancellationToken).ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<RetrievedInstance> ReadPartsAsync(
        string level,
        string uid,
        Func<DicomAcceptHeader, CancellationToken, Task<HttpResponseMessage>> send,
        DicomAcceptHeader accept,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        DicomWebClientLog.Requesting(_logger, level, uid);
        using var response = await SendAsync(token => send(accept, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var contentType = HttpContentTypes.Parse(response.Content);
        var texts = ResponseWarnings.Of(response);
        var warnings = texts.Count == 0 ? ServerWarningSet.None : new ServerWarningSet(texts);
        // Streamed, never buffered: memory is the multipart reader's one buffer whatever the size; a broken connection
        // surfaces as DicomWebTransportException from any read.
        var body = new TransportErrorStream(await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false), response);
        var count = 0;
        long bytes;
        await using (body.ConfigureAwait(false))
        {
            if (HttpContentTypes.IsMultipart(contentType))
            {
                var reader = MultipartRelatedReader.Create(body, HttpContentTypes.RawContentType(response.Content)!, new MultipartReaderOptions { LeaveOpen = true });
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadNextPartAsync(cancellationToken).ConfigureAwait(false) is { } part)
                    {
                        count++;
                        yield return new RetrievedInstance(part.Number, part.ContentType ?? reader.RelatedType, part.ContentLocation, part.Body, part.ContentLength, warnings);
                    }
                    bytes = reader.BytesConsumed;
                }
            }
            else
            {
                // A single-part answer (application/dicom), as Azure gives for an instance asked for that way.
                count = 1;
                yield return new RetrievedInstance(1, contentType, response.Content.Headers.ContentLocation?.OriginalString, body, response.Content.Headers.ContentLength, warnings);
                bytes = body.BytesRead;
            }
        }
        DicomWebClientLog.Retrieved(_logger, level, count, bytes, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<IReadOnlyList<string>> SaveAllAsync(IAsyncEnumerable<RetrievedInstance> instances, string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        await foreach (var instance in instances.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // The name is known only once the header is on disk. The bytes go through AtomicFileWriter to a hidden,
            // unique name (flushed, then renamed into place only when complete); the header is read there, and one more
            // rename puts the file over any file of that name. A failure at any point leaves no temporary file and
            // every existing file as it was.
            var received = Path.Combine(directory, $".retrieved-{Guid.NewGuid():N}.part");
            try
            {
                await instance.SaveAsync(received, cancellationToken).ConfigureAwait(false);
                var path = Path.Combine(directory, await FileNameOfAsync(received, instance.Number, cancellationToken).ConfigureAwait(false));
                File.Move(received, path, overwrite: true);
                paths.Add(path);
            }
            finally
            {
                File.Delete(received);
            }
        }
        return paths;
    }

    private static async Task<string> FileNameOfAsync(string path, int number, CancellationToken cancellationToken)
    {
        try
        {
            using var file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforePixelData = true }, cancellationToken).ConfigureAwait(false);
            if (file.Dataset.GetUid(CoreTags.SOPInstanceUID) is { } uid && DicomUid.IsValid(uid))
            {
                return uid + ".dcm";
            }
        }
        catch (DicomParseException)
        {
            // Not DICOM after all: keep the bytes under a numbered name rather than lose them.
        }
        return $"instance-{number:D5}.dcm";
    }
}

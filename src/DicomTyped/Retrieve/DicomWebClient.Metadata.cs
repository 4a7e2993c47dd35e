using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Http;

namespace DicomTyped.Client;

public sealed partial class DicomWebClient
{
    /// <summary>WADO-RS: the metadata of every instance of a study, as generated records (for example a profile's <c>InstanceMetadata</c>).</summary>
    /// <typeparam name="TRecord">The record each instance's DICOM JSON is read into.</typeparam>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="ifNoneMatch">The <see cref="MetadataResult{T}.ETag"/> of an earlier call; a 304 then comes back as <see cref="MetadataResult{T}.NotModified"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or the body is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    /// <exception cref="DicomJsonException">The body is not DICOM JSON.</exception>
    public Task<MetadataResult<TRecord>> RetrieveStudyMetadataAsync<TRecord>(string studyInstanceUid, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
        where TRecord : IDicomJsonReadable<TRecord>
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        return ReadMetadataAsync("study", token => Api.RetrieveStudyMetadataConditionalAsync(studyInstanceUid, DicomAcceptHeader.DicomJson, ifNoneMatch, token), DicomJsonValueReader.ReadArray<TRecord>, cancellationToken);
    }

    /// <summary>WADO-RS: the metadata of every instance of a series, as generated records.</summary>
    /// <typeparam name="TRecord">The record each instance's DICOM JSON is read into.</typeparam>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier call, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or the body is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    /// <exception cref="DicomJsonException">The body is not DICOM JSON.</exception>
    public Task<MetadataResult<TRecord>> RetrieveSeriesMetadataAsync<TRecord>(string studyInstanceUid, string seriesInstanceUid, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
        where TRecord : IDicomJsonReadable<TRecord>
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        return ReadMetadataAsync("series", token => Api.RetrieveSeriesMetadataConditionalAsync(studyInstanceUid, seriesInstanceUid, DicomAcceptHeader.DicomJson, ifNoneMatch, token), DicomJsonValueReader.ReadArray<TRecord>, cancellationToken);
    }

    /// <summary>WADO-RS: the metadata of one instance, as a generated record (a list of one).</summary>
    /// <typeparam name="TRecord">The record the instance's DICOM JSON is read into.</typeparam>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier call, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or the body is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    /// <exception cref="DicomJsonException">The body is not DICOM JSON.</exception>
    public Task<MetadataResult<TRecord>> RetrieveInstanceMetadataAsync<TRecord>(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
        where TRecord : IDicomJsonReadable<TRecord>
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        CheckUid(sopInstanceUid, nameof(sopInstanceUid));
        return ReadMetadataAsync("instance", token => Api.RetrieveInstanceMetadataConditionalAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, DicomAcceptHeader.DicomJson, ifNoneMatch, token), DicomJsonValueReader.ReadArray<TRecord>, cancellationToken);
    }

    /// <summary>
    /// WADO-RS: the metadata of every instance of a study as datasets (read by <see cref="DicomJsonReader"/>), for attributes
    /// no generated record names (private tags, sequences). Binary attributes come back as the server sent them (bulk data URIs or inline).
    /// </summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier call, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or the body is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    /// <exception cref="DicomJsonException">The body is not DICOM JSON.</exception>
    public Task<MetadataResult<DicomDataset>> RetrieveStudyMetadataAsync(string studyInstanceUid, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        return ReadMetadataAsync("study", token => Api.RetrieveStudyMetadataConditionalAsync(studyInstanceUid, DicomAcceptHeader.DicomJson, ifNoneMatch, token), DicomJsonReader.ReadDatasets, cancellationToken);
    }

    /// <summary>WADO-RS: the metadata of every instance of a series as datasets.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier call, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or the body is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    /// <exception cref="DicomJsonException">The body is not DICOM JSON.</exception>
    public Task<MetadataResult<DicomDataset>> RetrieveSeriesMetadataAsync(string studyInstanceUid, string seriesInstanceUid, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        return ReadMetadataAsync("series", token => Api.RetrieveSeriesMetadataConditionalAsync(studyInstanceUid, seriesInstanceUid, DicomAcceptHeader.DicomJson, ifNoneMatch, token), DicomJsonReader.ReadDatasets, cancellationToken);
    }

    /// <summary>WADO-RS: the metadata of one instance as a dataset (a list of one).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier call, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1); nothing is sent.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status, or the body is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/> (<see cref="DicomWebResponseTooLargeException"/>), or no answer came (<see cref="DicomWebTransportException"/>).</exception>
    /// <exception cref="DicomJsonException">The body is not DICOM JSON.</exception>
    public Task<MetadataResult<DicomDataset>> RetrieveInstanceMetadataAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        CheckUid(sopInstanceUid, nameof(sopInstanceUid));
        return ReadMetadataAsync("instance", token => Api.RetrieveInstanceMetadataConditionalAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, DicomAcceptHeader.DicomJson, ifNoneMatch, token), DicomJsonReader.ReadDatasets, cancellationToken);
    }

    private delegate IReadOnlyList<T> JsonArrayReader<T>(ReadOnlySpan<byte> utf8Json);

    private async Task<MetadataResult<T>> ReadMetadataAsync<T>(string level, Func<CancellationToken, Task<HttpResponseMessage>> send, JsonArrayReader<T> read, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(send, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var etag = response.Headers.ETag?.ToString();
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            DicomWebClientLog.Metadata(_logger, level, 0, notModified: true);
            return new MetadataResult<T>([], etag, NotModified: true);
        }
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var items = read(body.Span);
        DicomWebClientLog.Metadata(_logger, level, items.Count, notModified: false);
        return new MetadataResult<T>(items, etag, NotModified: false);
    }
}

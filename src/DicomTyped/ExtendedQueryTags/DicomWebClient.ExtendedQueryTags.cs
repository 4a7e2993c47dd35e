using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;

namespace DicomTyped.Client;

// Azure's extended query tag API (learn.microsoft.com/azure/healthcare-apis/dicom/dicom-extended-query-tags-overview):
// every answer is read under DicomWebClientOptions.MaxJsonBodyBytes; unsuccessful statuses throw the DicomWebException of
// their status (400 DicomWebBadRequestException, 404 DicomWebNotFoundException, 409 DicomWebConflictException).
public sealed partial class DicomWebClient
{
    /// <summary>
    /// Adds extended query tags (<c>POST extendedquerytags</c>): the service starts a reindex of the instances already
    /// stored; each tag is searchable once the operation succeeded (see <see cref="WaitForOperationAsync"/>).
    /// </summary>
    /// <param name="tags">The tags, at least one.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The reindex operation.</returns>
    /// <exception cref="ArgumentException">No tag was given.</exception>
    /// <exception cref="DicomWebBadRequestException">400: a path, VR, level or private creator the service refuses, or a tag already searchable by default.</exception>
    /// <exception cref="DicomWebConflictException">409: a tag is already added.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer is not an operation reference <c>{id, href}</c>.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The answer is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<DicomOperationReference> AddExtendedQueryTagsAsync(IReadOnlyList<ExtendedQueryTagToAdd> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count == 0)
        {
            throw new ArgumentException("Give at least one extended query tag.", nameof(tags));
        }
        using var response = await SendAsync(token => Api.AddExtendedQueryTagsAsync(ExtendedQueryTagRequestWriter.Tags(tags), token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return ExtendedQueryTagReader.Read(body.Span, ExtendedQueryTagJsonContext.Default.DicomOperationReference, "an operation reference {id, href}", response);
    }

    /// <summary>A page of the added extended query tags (<c>GET extendedquerytags</c>).</summary>
    /// <param name="limit">At most this many (Azure: 1..200, default 100); the service's default when null.</param>
    /// <param name="offset">Tags to skip; 0 when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebBadRequestException">400: limit or offset out of range.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer is not a JSON array of tags.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The answer is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<IReadOnlyList<ExtendedQueryTag>> GetExtendedQueryTagsAsync(int? limit = null, int? offset = null, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(token => Api.GetExtendedQueryTagsAsync(limit, offset, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return ExtendedQueryTagReader.Read(body.Span, ExtendedQueryTagJsonContext.Default.ListExtendedQueryTag, "a JSON array of extended query tags", response);
    }

    /// <summary>One extended query tag (<c>GET extendedquerytags/{tagPath}</c>).</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="tagPath"/> is neither a keyword nor 8 hex digits.</exception>
    /// <exception cref="DicomWebNotFoundException">404: the tag is not added.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer is not a JSON extended query tag.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The answer is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<ExtendedQueryTag> GetExtendedQueryTagAsync(string tagPath, CancellationToken cancellationToken = default)
    {
        var path = ExtendedQueryTagRequestWriter.CheckTagPath(tagPath, nameof(tagPath));
        using var response = await SendAsync(token => Api.GetExtendedQueryTagAsync(path, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return ExtendedQueryTagReader.Read(body.Span, ExtendedQueryTagJsonContext.Default.ExtendedQueryTag, "a JSON extended query tag", response);
    }

    /// <summary>Deletes an extended query tag and its indexed values (<c>DELETE extendedquerytags/{tagPath}</c>, 204).</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="tagPath"/> is neither a keyword nor 8 hex digits.</exception>
    /// <exception cref="DicomWebNotFoundException">404: the tag is not added.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task DeleteExtendedQueryTagAsync(string tagPath, CancellationToken cancellationToken = default)
    {
        var path = ExtendedQueryTagRequestWriter.CheckTagPath(tagPath, nameof(tagPath));
        using var response = await SendAsync(token => Api.DeleteExtendedQueryTagAsync(path, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Enables or disables search on an extended query tag (<c>PATCH extendedquerytags/{tagPath}</c>).</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="queryStatus">Enabled or Disabled.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The tag as updated.</returns>
    /// <exception cref="ArgumentException"><paramref name="tagPath"/> is neither a keyword nor 8 hex digits.</exception>
    /// <exception cref="DicomWebNotFoundException">404: the tag is not added.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer is not a JSON extended query tag.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The answer is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<ExtendedQueryTag> UpdateExtendedQueryTagAsync(string tagPath, ExtendedQueryTagQueryStatus queryStatus, CancellationToken cancellationToken = default)
    {
        var path = ExtendedQueryTagRequestWriter.CheckTagPath(tagPath, nameof(tagPath));
        using var response = await SendAsync(token => Api.UpdateExtendedQueryTagAsync(path, ExtendedQueryTagRequestWriter.QueryStatus(queryStatus), token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return ExtendedQueryTagReader.Read(body.Span, ExtendedQueryTagJsonContext.Default.ExtendedQueryTag, "a JSON extended query tag", response);
    }

    /// <summary>A page of the instances whose value of a tag could not be indexed (<c>GET extendedquerytags/{tagPath}/errors</c>).</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="limit">At most this many (Azure: 1..200); the service's default when null.</param>
    /// <param name="offset">Errors to skip; 0 when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="tagPath"/> is neither a keyword nor 8 hex digits.</exception>
    /// <exception cref="DicomWebNotFoundException">404: the tag is not added.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer is not a JSON array of errors.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The answer is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<IReadOnlyList<ExtendedQueryTagError>> GetExtendedQueryTagErrorsAsync(string tagPath, int? limit = null, int? offset = null, CancellationToken cancellationToken = default)
    {
        var path = ExtendedQueryTagRequestWriter.CheckTagPath(tagPath, nameof(tagPath));
        using var response = await SendAsync(token => Api.GetExtendedQueryTagErrorsAsync(path, limit, offset, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return ExtendedQueryTagReader.Read(body.Span, ExtendedQueryTagJsonContext.Default.ListExtendedQueryTagError, "a JSON array of extended query tag errors", response);
    }
}

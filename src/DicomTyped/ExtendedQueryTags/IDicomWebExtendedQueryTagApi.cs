using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Routes;
using Refit;

namespace DicomTyped.Http;

/// <summary>
/// The Azure DICOM service's extended query tag API and its operations (learn.microsoft.com, "Extended query tags"
/// overview), outside PS3.18. Parameters left null are not sent, so the server's defaults apply.
/// </summary>
public interface IDicomWebExtendedQueryTagApi
{
    /// <summary><c>POST extendedquerytags</c> with a JSON array of tags to add: 202 with the reindex operation.</summary>
    /// <param name="content">The <c>application/json</c> body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post(DicomWebRoutes.ExtendedQueryTags)]
    Task<HttpResponseMessage> AddExtendedQueryTagsAsync([Body] HttpContent content, CancellationToken cancellationToken);

    /// <summary><c>GET extendedquerytags</c>: a JSON array of the added tags.</summary>
    /// <param name="limit">At most this many (1..200).</param>
    /// <param name="offset">Tags to skip.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.ExtendedQueryTags)]
    Task<HttpResponseMessage> GetExtendedQueryTagsAsync([Query] int? limit, [Query] int? offset, CancellationToken cancellationToken);

    /// <summary><c>GET extendedquerytags/{tagPath}</c>: one tag.</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.ExtendedQueryTag)]
    Task<HttpResponseMessage> GetExtendedQueryTagAsync(string tagPath, CancellationToken cancellationToken);

    /// <summary><c>DELETE extendedquerytags/{tagPath}</c>: 204, the tag and its indexed values removed.</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete(DicomWebRoutes.ExtendedQueryTag)]
    Task<HttpResponseMessage> DeleteExtendedQueryTagAsync(string tagPath, CancellationToken cancellationToken);

    /// <summary><c>PATCH extendedquerytags/{tagPath}</c> with <c>{"queryStatus": …}</c>: the updated tag.</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="content">The <c>application/json</c> body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch(DicomWebRoutes.ExtendedQueryTag)]
    Task<HttpResponseMessage> UpdateExtendedQueryTagAsync(string tagPath, [Body] HttpContent content, CancellationToken cancellationToken);

    /// <summary><c>GET extendedquerytags/{tagPath}/errors</c>: the instances whose value could not be indexed.</summary>
    /// <param name="tagPath">A keyword or 8 hex digits.</param>
    /// <param name="limit">At most this many (1..200).</param>
    /// <param name="offset">Errors to skip.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.ExtendedQueryTagErrors)]
    Task<HttpResponseMessage> GetExtendedQueryTagErrorsAsync(string tagPath, [Query] int? limit, [Query] int? offset, CancellationToken cancellationToken);

    /// <summary><c>GET operations/{operationId}</c>: a long-running operation's status.</summary>
    /// <param name="operationId">The id the add answered.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.Operation)]
    Task<HttpResponseMessage> GetOperationAsync(string operationId, CancellationToken cancellationToken);
}

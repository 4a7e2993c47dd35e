using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using DicomTyped.Routes;

namespace DicomTyped.Http;

/// <summary>
/// STOW-RS (PS3.18 10.5). The body goes out untouched with its own Content-Type, so one interface serves
/// multipart/related and the single-part <c>application/dicom</c> form that Azure also accepts.
/// </summary>
public interface IDicomWebStoreApi
{
    /// <summary><c>POST studies</c>: stores instances of any study.</summary>
    /// <param name="content">The request body, usually multipart/related; type="application/dicom".</param>
    /// <param name="accept">The store-response format, normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post(DicomWebRoutes.Studies)]
    Task<HttpResponseMessage> StoreAsync([Body] HttpContent content, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>POST studies/{study}</c>: stores instances that must all belong to <paramref name="studyInstanceUid"/>.</summary>
    /// <param name="studyInstanceUid">The study the instances must belong to.</param>
    /// <param name="content">The request body.</param>
    /// <param name="accept">The store-response format.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post(DicomWebRoutes.Study)]
    Task<HttpResponseMessage> StoreToStudyAsync(string studyInstanceUid, [Body] HttpContent content, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);
}

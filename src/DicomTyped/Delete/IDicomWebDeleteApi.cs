using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using DicomTyped.Routes;

namespace DicomTyped.Http;

/// <summary>
/// Delete, an Azure extension outside PS3.18 (204 on success, 404 when missing). Orthanc answers 405 on these
/// routes; it deletes through its own REST API instead.
/// </summary>
public interface IDicomWebDeleteApi
{
    /// <summary><c>DELETE studies/{study}</c>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete(DicomWebRoutes.Study)]
    Task<HttpResponseMessage> DeleteStudyAsync(string studyInstanceUid, CancellationToken cancellationToken);

    /// <summary><c>DELETE studies/{study}/series/{series}</c>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete(DicomWebRoutes.Series)]
    Task<HttpResponseMessage> DeleteSeriesAsync(string studyInstanceUid, string seriesInstanceUid, CancellationToken cancellationToken);

    /// <summary><c>DELETE studies/{study}/series/{series}/instances/{instance}</c>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete(DicomWebRoutes.Instance)]
    Task<HttpResponseMessage> DeleteInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken cancellationToken);
}

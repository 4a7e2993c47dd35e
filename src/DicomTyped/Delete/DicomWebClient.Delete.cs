using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;

namespace DicomTyped.Client;

public sealed partial class DicomWebClient
{
    /// <summary>Deletes a study (Azure extension; <c>DELETE studies/{study}</c>).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see cref="DeleteResult.Deleted"/> for 204, <see cref="DeleteResult.NotFound"/> for 404.</returns>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1), such as <c>..</c>: nothing is sent.</exception>
    /// <exception cref="DicomWebException">Any other unsuccessful status, or no answer (<see cref="DicomWebTransportException"/>) (Orthanc answers 405: it deletes through its own REST API).</exception>
    public Task<DeleteResult> DeleteStudyAsync(string studyInstanceUid, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        return DeleteAsync("study", token => Api.DeleteStudyAsync(studyInstanceUid, token), cancellationToken);
    }

    /// <summary>Deletes a series (<c>DELETE studies/{study}/series/{series}</c>).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see cref="DeleteResult.Deleted"/> for 204, <see cref="DeleteResult.NotFound"/> for 404.</returns>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1), such as <c>..</c>: nothing is sent.</exception>
    /// <exception cref="DicomWebException">Any other unsuccessful status, or no answer (<see cref="DicomWebTransportException"/>).</exception>
    public Task<DeleteResult> DeleteSeriesAsync(string studyInstanceUid, string seriesInstanceUid, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        return DeleteAsync("series", token => Api.DeleteSeriesAsync(studyInstanceUid, seriesInstanceUid, token), cancellationToken);
    }

    /// <summary>Deletes an instance (<c>DELETE studies/{study}/series/{series}/instances/{instance}</c>).</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see cref="DeleteResult.Deleted"/> for 204, <see cref="DeleteResult.NotFound"/> for 404.</returns>
    /// <exception cref="ArgumentException">A UID is not a UID (PS3.5 9.1), such as <c>..</c>: nothing is sent.</exception>
    /// <exception cref="DicomWebException">Any other unsuccessful status, or no answer (<see cref="DicomWebTransportException"/>).</exception>
    public Task<DeleteResult> DeleteInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken cancellationToken = default)
    {
        CheckUid(studyInstanceUid, nameof(studyInstanceUid));
        CheckUid(seriesInstanceUid, nameof(seriesInstanceUid));
        CheckUid(sopInstanceUid, nameof(sopInstanceUid));
        return DeleteAsync("instance", token => Api.DeleteInstanceAsync(studyInstanceUid, seriesInstanceUid, sopInstanceUid, token), cancellationToken);
    }

    private async Task<DeleteResult> DeleteAsync(string level, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(send, cancellationToken).ConfigureAwait(false);
        var result = DeleteResult.NotFound;
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            result = DeleteResult.Deleted;
        }
        DicomWebClientLog.Deleted(_logger, level, result);
        return result;
    }
}

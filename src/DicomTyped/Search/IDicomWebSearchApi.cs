using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using DicomTyped.Routes;

namespace DicomTyped.Http;

/// <summary>
/// QIDO-RS (PS3.18 10.6). The query is passed through as written (without the leading '?'), so values such as
/// <c>PatientName=DOE^JOHN</c> or <c>StudyDate=2020*</c> are not re-escaped here; the client's handler chain (<see cref="DicomTyped.Client.DicomWebClient.Create"/>, <c>AddDicomWebClient</c>)
/// then keeps .NET's <see cref="System.Uri"/> from escaping '^' on the wire (servers such as Orthanc do not percent-decode).
/// </summary>
public interface IDicomWebSearchApi
{
    /// <summary><c>GET studies?{query}</c>.</summary>
    /// <param name="query">The query text, already encoded, without '?'; empty for no filter.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.Studies + "?{**query}")]
    Task<HttpResponseMessage> SearchStudiesAsync([Encoded] string query, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET series?{query}</c>.</summary>
    /// <param name="query">The query text, already encoded, without '?'.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.AllSeries + "?{**query}")]
    Task<HttpResponseMessage> SearchSeriesAsync([Encoded] string query, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET instances?{query}</c>.</summary>
    /// <param name="query">The query text, already encoded, without '?'.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.AllInstances + "?{**query}")]
    Task<HttpResponseMessage> SearchInstancesAsync([Encoded] string query, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series?{query}</c>.</summary>
    /// <param name="studyInstanceUid">The study searched in.</param>
    /// <param name="query">The query text, already encoded, without '?'.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.StudySeries + "?{**query}")]
    Task<HttpResponseMessage> SearchStudySeriesAsync(string studyInstanceUid, [Encoded] string query, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/instances?{query}</c>.</summary>
    /// <param name="studyInstanceUid">The study searched in.</param>
    /// <param name="query">The query text, already encoded, without '?'.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.StudyInstances + "?{**query}")]
    Task<HttpResponseMessage> SearchStudyInstancesAsync(string studyInstanceUid, [Encoded] string query, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series/{series}/instances?{query}</c>.</summary>
    /// <param name="studyInstanceUid">The study searched in.</param>
    /// <param name="seriesInstanceUid">The series searched in.</param>
    /// <param name="query">The query text, already encoded, without '?'.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.SeriesInstances + "?{**query}")]
    Task<HttpResponseMessage> SearchSeriesInstancesAsync(string studyInstanceUid, string seriesInstanceUid, [Encoded] string query, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);
}

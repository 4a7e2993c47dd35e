using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using DicomTyped.Routes;

namespace DicomTyped.Http;

/// <summary>
/// WADO-RS (PS3.18 10.4). Every method returns the live response: the body is not buffered, and the caller
/// disposes the response once it has read the stream.
/// </summary>
public interface IDicomWebRetrieveApi
{
    /// <summary><c>GET studies/{study}</c>: every instance of a study.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="accept">Usually <see cref="DicomAcceptHeader.MultipartDicom"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.Study)]
    Task<HttpResponseMessage> RetrieveStudyAsync(string studyInstanceUid, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series/{series}</c>: every instance of a series.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="accept">Usually <see cref="DicomAcceptHeader.MultipartDicom"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.Series)]
    Task<HttpResponseMessage> RetrieveSeriesAsync(string studyInstanceUid, string seriesInstanceUid, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series/{series}/instances/{instance}</c>: one instance.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="accept"><see cref="DicomAcceptHeader.DicomFile"/> or <see cref="DicomAcceptHeader.MultipartDicom"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.Instance)]
    Task<HttpResponseMessage> RetrieveInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/metadata</c>: DICOM JSON of every instance of a study.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.StudyMetadata)]
    Task<HttpResponseMessage> RetrieveStudyMetadataAsync(string studyInstanceUid, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series/{series}/metadata</c>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.SeriesMetadata)]
    Task<HttpResponseMessage> RetrieveSeriesMetadataAsync(string studyInstanceUid, string seriesInstanceUid, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series/{series}/instances/{instance}/metadata</c>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.InstanceMetadata)]
    Task<HttpResponseMessage> RetrieveInstanceMetadataAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/metadata</c> with <c>If-None-Match</c>: 304 when nothing changed since <paramref name="ifNoneMatch"/>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier response, quoted as received; null sends no header.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.StudyMetadata)]
    Task<HttpResponseMessage> RetrieveStudyMetadataConditionalAsync(string studyInstanceUid, [Header("Accept")] DicomAcceptHeader accept, [Header("If-None-Match")] string? ifNoneMatch, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series/{series}/metadata</c> with <c>If-None-Match</c>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier response, quoted as received; null sends no header.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.SeriesMetadata)]
    Task<HttpResponseMessage> RetrieveSeriesMetadataConditionalAsync(string studyInstanceUid, string seriesInstanceUid, [Header("Accept")] DicomAcceptHeader accept, [Header("If-None-Match")] string? ifNoneMatch, CancellationToken cancellationToken);

    /// <summary><c>GET studies/{study}/series/{series}/instances/{instance}/metadata</c> with <c>If-None-Match</c>.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="accept">Normally <see cref="DicomAcceptHeader.DicomJson"/>.</param>
    /// <param name="ifNoneMatch">The ETag of an earlier response, quoted as received; null sends no header.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.InstanceMetadata)]
    Task<HttpResponseMessage> RetrieveInstanceMetadataConditionalAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, [Header("Accept")] DicomAcceptHeader accept, [Header("If-None-Match")] string? ifNoneMatch, CancellationToken cancellationToken);

    /// <summary><c>GET …/instances/{instance}/frames/{list}</c>: pixel data of the listed frames.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="frames">The 1-based frame numbers; formatted as <c>1,2,3</c> with the commas left unescaped.</param>
    /// <param name="accept">Usually <see cref="DicomAcceptHeader.MultipartFrames"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.Frames)]
    Task<HttpResponseMessage> RetrieveFramesAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, [Encoded] DicomFrameList frames, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET …/instances/{instance}/rendered</c>: the instance (its first frame) as a consumer image.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="quality">JPEG quality 1..100, or null for the server's default.</param>
    /// <param name="accept"><see cref="DicomAcceptHeader.Jpeg"/> or <see cref="DicomAcceptHeader.Png"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.InstanceRendered)]
    Task<HttpResponseMessage> RetrieveRenderedInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, [Query] int? quality, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);

    /// <summary><c>GET …/instances/{instance}/frames/{frame}/rendered</c>: one frame as a consumer image.</summary>
    /// <param name="studyInstanceUid">The study.</param>
    /// <param name="seriesInstanceUid">The series.</param>
    /// <param name="sopInstanceUid">The instance.</param>
    /// <param name="frame">The 1-based frame number.</param>
    /// <param name="quality">JPEG quality 1..100, or null for the server's default.</param>
    /// <param name="accept"><see cref="DicomAcceptHeader.Jpeg"/> or <see cref="DicomAcceptHeader.Png"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.FrameRendered)]
    Task<HttpResponseMessage> RetrieveRenderedFrameAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, int frame, [Query] int? quality, [Header("Accept")] DicomAcceptHeader accept, CancellationToken cancellationToken);
}

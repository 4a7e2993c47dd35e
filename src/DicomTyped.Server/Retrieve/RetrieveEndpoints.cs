using System.Threading;
using DicomTyped.Routes;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// WADO-RS (PS3.18 10.4; the Azure DICOM service's retrieve API): study, series and instance as Part 10 files, their
/// metadata, frames, rendered images and the instance thumbnail. Route UIDs are checked by the group's filter first.
/// </summary>
internal static class RetrieveEndpoints
{
    /// <summary>Maps the retrieve routes of one API version's group.</summary>
    internal static RouteGroupBuilder MapRetrieve(this RouteGroupBuilder group)
    {
        group.MapGet(DicomWebRoutes.Study, (HttpContext http, DicomWebServices services, string studyInstanceUid, CancellationToken ct) =>
            InstancesHandler.RetrieveAsync(http, services, studyInstanceUid, null, null, ct));
        group.MapGet(DicomWebRoutes.Series, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, CancellationToken ct) =>
            InstancesHandler.RetrieveAsync(http, services, studyInstanceUid, seriesInstanceUid, null, ct));
        group.MapGet(DicomWebRoutes.Instance, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken ct) =>
            InstancesHandler.RetrieveAsync(http, services, studyInstanceUid, seriesInstanceUid, sopInstanceUid, ct));

        group.MapGet(DicomWebRoutes.StudyMetadata, (HttpContext http, DicomWebServices services, string studyInstanceUid, CancellationToken ct) =>
            MetadataHandler.RetrieveAsync(http, services, studyInstanceUid, null, null, ct));
        group.MapGet(DicomWebRoutes.SeriesMetadata, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, CancellationToken ct) =>
            MetadataHandler.RetrieveAsync(http, services, studyInstanceUid, seriesInstanceUid, null, ct));
        group.MapGet(DicomWebRoutes.InstanceMetadata, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken ct) =>
            MetadataHandler.RetrieveAsync(http, services, studyInstanceUid, seriesInstanceUid, sopInstanceUid, ct));

        group.MapGet(DicomWebRoutes.Frames, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, string frames, CancellationToken ct) =>
            FramesHandler.RetrieveAsync(http, services, studyInstanceUid, seriesInstanceUid, sopInstanceUid, frames, ct));

        group.MapGet(DicomWebRoutes.InstanceRendered, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken ct) =>
            RenderedHandler.RenderAsync(http, services, studyInstanceUid, seriesInstanceUid, sopInstanceUid, null, thumbnail: false, ct));
        group.MapGet(DicomWebRoutes.FrameRendered, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, string frame, CancellationToken ct) =>
            RenderedHandler.RenderAsync(http, services, studyInstanceUid, seriesInstanceUid, sopInstanceUid, frame, thumbnail: false, ct));
        group.MapGet(DicomWebRoutes.InstanceThumbnail, (HttpContext http, DicomWebServices services, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken ct) =>
            RenderedHandler.RenderAsync(http, services, studyInstanceUid, seriesInstanceUid, sopInstanceUid, null, thumbnail: true, ct));
        return group;
    }
}

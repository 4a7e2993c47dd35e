using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Routes;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.Delete;

/// <summary>
/// Delete (Azure; not in PS3.18): a study, a series or an instance. 204 with no body; 404 when nothing is stored there.
/// The index rows and change-feed entries go in one transaction first, then the files: a crash in between leaves files
/// without rows, which start-up reconciliation removes.
/// </summary>
internal static class DeleteEndpoints
{
    internal static RouteGroupBuilder MapDelete(this RouteGroupBuilder group)
    {
        group.MapDelete(DicomWebRoutes.Study, (string studyInstanceUid, DicomWebServices services, CancellationToken ct) =>
            DeleteAsync(services, studyInstanceUid, null, null, ct));
        group.MapDelete(DicomWebRoutes.Series, (string studyInstanceUid, string seriesInstanceUid, DicomWebServices services, CancellationToken ct) =>
            DeleteAsync(services, studyInstanceUid, seriesInstanceUid, null, ct));
        group.MapDelete(DicomWebRoutes.Instance, (string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, DicomWebServices services, CancellationToken ct) =>
            DeleteAsync(services, studyInstanceUid, seriesInstanceUid, sopInstanceUid, ct));
        return group;
    }

    private static async Task<IResult> DeleteAsync(DicomWebServices services, string study, string? series, string? instance, CancellationToken cancellationToken)
    {
        var removed = await services.Index.DeleteAsync(study, series, instance, cancellationToken).ConfigureAwait(false);
        if (removed.Count == 0)
        {
            throw DicomWebRequestException.NotFound(
                instance is not null ? $"The instance {instance} of series {series} in study {study} is not stored."
                : series is not null ? $"The series {series} of study {study} is not stored."
                : $"The study {study} is not stored.");
        }
        foreach (var location in removed)
        {
            services.Files.Delete(location.FileKey);
        }
        return Results.NoContent();
    }
}

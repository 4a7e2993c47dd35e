using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Routes;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Negotiation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.Search;

/// <summary>
/// QIDO-RS (PS3.18 10.6) on the six routes, under the azure-dicom-v2 profile's rules. Answers
/// <c>application/dicom+json</c>: 200 with the matches, newest first (a stable order), 204 when none; and, unlike Azure,
/// PS3.18's <c>Warning: 299 {service}: There are {n} additional results that can be requested</c> when more remain.
/// </summary>
internal static class SearchEndpoints
{
    internal static RouteGroupBuilder MapSearch(this RouteGroupBuilder group)
    {
        group.MapGet(DicomWebRoutes.Studies, (HttpContext c, DicomWebServices s, CancellationToken ct) => SearchAsync(c, s, QidoRoute.Studies, null, null, ct));
        group.MapGet(DicomWebRoutes.AllSeries, (HttpContext c, DicomWebServices s, CancellationToken ct) => SearchAsync(c, s, QidoRoute.Series, null, null, ct));
        group.MapGet(DicomWebRoutes.AllInstances, (HttpContext c, DicomWebServices s, CancellationToken ct) => SearchAsync(c, s, QidoRoute.Instances, null, null, ct));
        group.MapGet(DicomWebRoutes.StudySeries, (string studyInstanceUid, HttpContext c, DicomWebServices s, CancellationToken ct) =>
            SearchAsync(c, s, QidoRoute.StudySeries, studyInstanceUid, null, ct));
        group.MapGet(DicomWebRoutes.StudyInstances, (string studyInstanceUid, HttpContext c, DicomWebServices s, CancellationToken ct) =>
            SearchAsync(c, s, QidoRoute.StudyInstances, studyInstanceUid, null, ct));
        group.MapGet(DicomWebRoutes.SeriesInstances, (string studyInstanceUid, string seriesInstanceUid, HttpContext c, DicomWebServices s, CancellationToken ct) =>
            SearchAsync(c, s, QidoRoute.SeriesInstances, studyInstanceUid, seriesInstanceUid, ct));
        return group;
    }

    private static async Task<IResult> SearchAsync(HttpContext context, DicomWebServices services, QidoRoute route, string? study, string? series, CancellationToken cancellationToken)
    {
        AcceptHeader.RequireDicomJson(context.Request);
        var search = QidoRequestParser.Parse(context.Request.Query, route, study, series, services.ExtendedQueryTags.Registry.Tags);
        var page = await services.Index.SearchAsync(search.Query, cancellationToken).ConfigureAwait(false);
        if (page.Rows.Count == 0)
        {
            return Results.NoContent();
        }
        var remaining = page.Total - search.Query.Offset - page.Rows.Count;
        if (remaining > 0)
        {
            WarningHeader.Add(context.Response, services.Options.ServiceName,
                $"There are {remaining.ToString(CultureInfo.InvariantCulture)} additional results that can be requested");
        }
        var builder = new QidoMatchBuilder(search, route, services.Files);
        // One page is bounded by the profile's limit (at most 200 matches): it is written whole, then sent with its length.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in page.Rows)
            {
                await builder.WriteAsync(writer, row, cancellationToken).ConfigureAwait(false);
            }
            writer.WriteEndArray();
        }
        return new BodyResult(buffer.WrittenMemory, MediaTypes.DicomJson, StatusCodes.Status200OK);
    }
}

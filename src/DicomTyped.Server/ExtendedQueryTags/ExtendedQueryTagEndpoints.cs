using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Routes;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Negotiation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// Azure's extended query tag API (learn.microsoft.com, "Extended query tags" overview): add (202 with the reindex
/// operation), list, get, delete (204), update the query status, and list the instances whose value could not be indexed.
/// </summary>
internal static class ExtendedQueryTagEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    internal static RouteGroupBuilder MapExtendedQueryTags(this RouteGroupBuilder group)
    {
        group.MapPost(DicomWebRoutes.ExtendedQueryTags, AddAsync);
        group.MapGet(DicomWebRoutes.ExtendedQueryTags, async (HttpContext c, DicomWebServices s, CancellationToken ct) =>
        {
            var (limit, offset) = Paging.Read(c.Request.Query);
            var tags = await s.ExtendedQueryTags.Index.GetExtendedQueryTagsAsync(limit, offset, ct).ConfigureAwait(false);
            return new BodyResult(ExtendedQueryTagJson.Tags(tags, DicomTyped.Server.Retrieve.ResourceUrls.ServiceBase(c.Request)), Json, StatusCodes.Status200OK);
        });
        group.MapGet(DicomWebRoutes.ExtendedQueryTag, async (string tagPath, HttpContext c, DicomWebServices s, CancellationToken ct) =>
        {
            var tag = await s.ExtendedQueryTags.GetAsync(ExtendedQueryTagRequestReader.ParsePath(tagPath), ct).ConfigureAwait(false);
            return new BodyResult(ExtendedQueryTagJson.Tag(tag, DicomTyped.Server.Retrieve.ResourceUrls.ServiceBase(c.Request)), Json, StatusCodes.Status200OK);
        });
        group.MapDelete(DicomWebRoutes.ExtendedQueryTag, async (string tagPath, DicomWebServices s, CancellationToken ct) =>
        {
            await s.ExtendedQueryTags.DeleteAsync(ExtendedQueryTagRequestReader.ParsePath(tagPath), ct).ConfigureAwait(false);
            return Results.NoContent();
        });
        group.MapPatch(DicomWebRoutes.ExtendedQueryTag, UpdateAsync);
        group.MapGet(DicomWebRoutes.ExtendedQueryTagErrors, async (string tagPath, HttpContext c, DicomWebServices s, CancellationToken ct) =>
        {
            var tag = await s.ExtendedQueryTags.GetAsync(ExtendedQueryTagRequestReader.ParsePath(tagPath), ct).ConfigureAwait(false);
            var (limit, offset) = Paging.Read(c.Request.Query);
            var errors = await s.ExtendedQueryTags.Index.GetExtendedQueryTagErrorsAsync(tag.Key, limit, offset, ct).ConfigureAwait(false);
            return new BodyResult(ExtendedQueryTagJson.Errors(errors), Json, StatusCodes.Status200OK);
        });
        return group;
    }

    private static async Task<IResult> AddAsync(HttpContext context, DicomWebServices services, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(context.Request, ExtendedQueryTagRequestReader.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        var tags = ExtendedQueryTagRequestReader.Read(body.Span);
        var operationId = await services.ExtendedQueryTags.AddAsync(tags, cancellationToken).ConfigureAwait(false);
        var serviceBase = DicomTyped.Server.Retrieve.ResourceUrls.ServiceBase(context.Request);
        context.Response.Headers.Location = $"{serviceBase}/operations/{operationId}";
        return new BodyResult(ExtendedQueryTagJson.OperationReference(operationId, serviceBase), Json, StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> UpdateAsync(string tagPath, HttpContext context, DicomWebServices services, CancellationToken cancellationToken)
    {
        var tag = ExtendedQueryTagRequestReader.ParsePath(tagPath);
        var body = await JsonBody.ReadAsync(context.Request, 4096, cancellationToken).ConfigureAwait(false);
        bool enabled;
        try
        {
            using var document = JsonDocument.Parse(body);
            string? status = null;
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name.Equals("queryStatus", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        status = property.Value.GetString();
                    }
                }
            }
            enabled = status?.ToUpperInvariant() switch
            {
                "ENABLED" => true,
                "DISABLED" => false,
                _ => throw DicomWebRequestException.BadRequest("The body must be {\"queryStatus\": \"Enabled\"} or {\"queryStatus\": \"Disabled\"}."),
            };
        }
        catch (JsonException e)
        {
            throw DicomWebRequestException.BadRequest($"The body is not JSON: {e.Message}");
        }
        var updated = await services.ExtendedQueryTags.SetQueryEnabledAsync(tag, enabled, cancellationToken).ConfigureAwait(false);
        return new BodyResult(ExtendedQueryTagJson.Tag(updated, DicomTyped.Server.Retrieve.ResourceUrls.ServiceBase(context.Request)), Json, StatusCodes.Status200OK);
    }
}

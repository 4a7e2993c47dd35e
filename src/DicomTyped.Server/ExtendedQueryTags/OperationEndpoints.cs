using System.Threading;
using DicomTyped.Routes;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Negotiation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary><c>GET …/operations/{operationId}</c>: a reindex operation's status and progress (Azure's Get Operation).</summary>
internal static class OperationEndpoints
{
    internal static RouteGroupBuilder MapOperations(this RouteGroupBuilder group)
    {
        group.MapGet(DicomWebRoutes.Operation, async (string operationId, HttpContext c, DicomWebServices s, CancellationToken ct) =>
        {
            // Ids are 32 hex digits: anything else cannot name an operation (and is never echoed back unchecked).
            if (operationId.Length != 32 || !System.Linq.Enumerable.All(operationId, System.Uri.IsHexDigit))
            {
                throw DicomWebRequestException.NotFound("No operation has this id.");
            }
            var operation = await s.ExtendedQueryTags.Index.GetOperationAsync(operationId.ToLowerInvariant(), ct).ConfigureAwait(false)
                ?? throw DicomWebRequestException.NotFound($"No operation has the id {operationId}.");
            return new BodyResult(ExtendedQueryTagJson.Operation(operation, DicomTyped.Server.Retrieve.ResourceUrls.ServiceBase(c.Request)), "application/json; charset=utf-8", StatusCodes.Status200OK);
        });
        return group;
    }
}

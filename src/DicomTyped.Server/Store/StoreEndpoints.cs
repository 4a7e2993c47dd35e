using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using DicomTyped.Routes;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Negotiation;
using DicomTyped.Server.Retrieve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.Store;

/// <summary>
/// STOW-RS (PS3.18 10.5; Azure's rules): <c>POST studies</c> and <c>POST studies/{study}</c> with
/// <c>multipart/related</c> (the <c>type</c> parameter, when sent, must be <c>application/dicom</c>) read part by part
/// from the request as it arrives, or a single <c>application/dicom</c> body. 200 all stored; 202 some failed or stored
/// with warnings; 409 none stored; 204 no instance in the request; 415 another Content-Type; 413 above the body limit
/// or past <see cref="DicomWebServerOptions.MaxPartsPerRequest"/> parts (what came before is stored and reported);
/// 400 when the multipart body is malformed (instances stored before the fault stay stored and are reported).
/// </summary>
internal static class StoreEndpoints
{
    internal static RouteGroupBuilder MapStore(this RouteGroupBuilder group)
    {
        group.MapPost(DicomWebRoutes.Studies, (HttpContext context, StoreService store, DicomWebServices services, CancellationToken ct) =>
            StoreAsync(context, null, store, services, ct));
        group.MapPost(DicomWebRoutes.Study, (string studyInstanceUid, HttpContext context, StoreService store, DicomWebServices services, CancellationToken ct) =>
            StoreAsync(context, studyInstanceUid, store, services, ct));
        return group;
    }

    private static async Task<IResult> StoreAsync(HttpContext context, string? routeStudy, StoreService store, DicomWebServices services, CancellationToken cancellationToken)
    {
        var request = context.Request;
        AcceptHeader.RequireDicomJson(request);
        var limit = services.Options.MaxRequestBodySize;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }
        if (request.ContentLength > limit)
        {
            throw new DicomWebRequestException(StatusCodes.Status413PayloadTooLarge,
                $"The request body is {request.ContentLength} bytes; this server accepts at most {limit}.");
        }
        var contentType = request.ContentType;
        if (!MediaTypeWithParameters.TryParse(contentType, out var mediaType))
        {
            throw DicomWebRequestException.UnsupportedMediaType(
                $"Store takes multipart/related; type=\"application/dicom\" or application/dicom, not '{contentType}'.");
        }

        var version = ApiVersion.Of(context);
        var baseUrl = ResourceUrls.ServiceBase(request) + "/";
        await using var storeRequest = store.Begin(routeStudy, version, baseUrl);
        Exception? bodyFault = null;
        if (mediaType.IsMediaType(MediaTypes.Dicom))
        {
            if (request.ContentLength == 0)
            {
                return Results.NoContent();
            }
            try
            {
                if (request.ContentLength is null && await IsEmptyAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    return Results.NoContent();
                }
                await storeRequest.AddAsync(request.Body, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsBodyFault(e))
            {
                bodyFault = e;
            }
        }
        else if (mediaType.IsMediaType(MediaTypes.MultipartRelated))
        {
            var type = mediaType.GetParameter("type");
            if (type is not null && !(MediaTypeWithParameters.TryParse(type, out var related) && related.IsMediaType(MediaTypes.Dicom)))
            {
                throw DicomWebRequestException.UnsupportedMediaType($"Store takes multipart/related parts of type application/dicom, not '{type}'.");
            }
            bodyFault = await StorePartsAsync(request, contentType!, storeRequest, services.Options.MaxPartsPerRequest, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw DicomWebRequestException.UnsupportedMediaType(
                $"Store takes multipart/related; type=\"application/dicom\" or application/dicom, not '{contentType}'.");
        }

        // What was read before a body fault is committed and reported all the same.
        var outcomes = await storeRequest.CompleteAsync(cancellationToken).ConfigureAwait(false);
        int status;
        if (bodyFault is not null)
        {
            status = ErrorMapping.StatusCodeOf(bodyFault);
            WarningHeader.Add(context.Response, services.Options.ServiceName, "The request body is malformed or too large: " + ErrorMapping.MessageOf(bodyFault, status));
        }
        else if (outcomes.Count == 0)
        {
            return Results.NoContent();
        }
        else
        {
            var stored = outcomes.Count(o => o.Stored);
            status = stored == 0 ? StatusCodes.Status409Conflict
                : stored == outcomes.Count && outcomes.All(o => o.WarningReason is null) ? StatusCodes.Status200OK
                : StatusCodes.Status202Accepted;
        }
        var studyUrl = routeStudy is null ? null : $"{baseUrl}studies/{routeStudy}";
        return new BodyResult(StoreResponse.ToJson(outcomes, studyUrl), MediaTypes.DicomJson, status);
    }

    /// <summary>Stages each part in turn; returns the fault that ended the body early, if any (what was staged is kept).</summary>
    private static async Task<Exception?> StorePartsAsync(HttpRequest request, string contentType, StoreRequest storeRequest, int maxParts, CancellationToken cancellationToken)
    {
        MultipartRelatedReader reader;
        try
        {
            reader = MultipartRelatedReader.Create(request.Body, contentType, new MultipartReaderOptions { LeaveOpen = true });
        }
        catch (MultipartException e)
        {
            throw DicomWebRequestException.BadRequest(e.Message);
        }
        await using (reader.ConfigureAwait(false))
        {
            try
            {
                while (await reader.ReadNextPartAsync(cancellationToken).ConfigureAwait(false) is { } part)
                {
                    if (part.Number > maxParts)
                    {
                        return new DicomWebRequestException(StatusCodes.Status413PayloadTooLarge,
                            $"The request has more than {maxParts} parts; this server stores at most {maxParts} per request (MaxPartsPerRequest).");
                    }
                    if (part.ContentType is { } partType && !partType.IsMediaType(MediaTypes.Dicom))
                    {
                        storeRequest.AddFailed(StoreOutcome.Failed(StoreReasons.ProcessingFailure, null, null,
                            $"Part {part.Number} is {partType.MediaType}, not application/dicom."));
                        continue;
                    }
                    await storeRequest.AddAsync(part.Body, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (IsBodyFault(e))
            {
                return e;
            }
        }
        return null;
    }

    // A chunked body can be empty too: look at its start without consuming it (the store then reads it from the start).
    private static async Task<bool> IsEmptyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var result = await request.BodyReader.ReadAsync(cancellationToken).ConfigureAwait(false);
        request.BodyReader.AdvanceTo(result.Buffer.Start);
        return result.IsCompleted && result.Buffer.IsEmpty;
    }

    private static bool IsBodyFault(Exception e) => e is MultipartException or BadHttpRequestException;
}

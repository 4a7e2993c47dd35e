using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Routes;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.ChangeFeed;

/// <summary>
/// The change feed (Azure; not in PS3.18): <c>GET changefeed</c> (a JSON array) and <c>GET changefeed/latest</c> (one
/// object). v2: <c>offset</c> skips entries (default 0), <c>limit</c> 1..200 (default 100), <c>startTime</c> inclusive,
/// <c>endTime</c> exclusive. v1: <c>offset</c> is the sequence number to start after, <c>limit</c> 1..100 (default 10)
/// is the width of the sequence range. <c>includeMetadata</c> (default true) adds each current instance's DICOM JSON.
/// </summary>
internal static class ChangeFeedEndpoints
{
    internal static RouteGroupBuilder MapChangeFeed(this RouteGroupBuilder group)
    {
        group.MapGet(DicomWebRoutes.ChangeFeed, GetChangesAsync);
        group.MapGet(DicomWebRoutes.ChangeFeedLatest, GetLatestAsync);
        return group;
    }

    private static async Task GetChangesAsync(HttpContext context, DicomWebServices services, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var isV1 = ApiVersion.Of(context) == 1;
        var offset = ParseLong(query["offset"], "offset", 0);
        var limit = ParseLong(query["limit"], "limit", isV1 ? 10 : 100);
        var maxLimit = isV1 ? 100 : 200;
        if (offset < 0)
        {
            throw DicomWebRequestException.BadRequest($"offset must be 0 or more: {offset}.");
        }
        if (limit < 1 || limit > maxLimit)
        {
            throw DicomWebRequestException.BadRequest($"limit must be 1..{maxLimit}: {limit}.");
        }
        DateTimeOffset? start = null, end = null;
        if (!isV1)
        {
            start = ParseTime(query["startTime"], "startTime");
            end = ParseTime(query["endTime"], "endTime");
        }
        var includeMetadata = ParseBool(query["includeMetadata"], "includeMetadata", true);
        var rows = await services.Index.GetChangesAsync(new ChangeFeedQuery(offset, (int)limit, isV1, start, end), cancellationToken).ConfigureAwait(false);

        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            await ChangeFeedJson.WriteAsync(writer, row, includeMetadata, services.Files, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task GetLatestAsync(HttpContext context, DicomWebServices services, CancellationToken cancellationToken)
    {
        var includeMetadata = ParseBool(context.Request.Query["includeMetadata"], "includeMetadata", true);
        var row = await services.Index.GetLatestChangeAsync(cancellationToken).ConfigureAwait(false);
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        if (row is null)
        {
            // Azure answers an empty feed's latest with an entry-less object.
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        else
        {
            await ChangeFeedJson.WriteAsync(writer, row, includeMetadata, services.Files, cancellationToken).ConfigureAwait(false);
        }
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static long ParseLong(string? text, string name, long fallback)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw DicomWebRequestException.BadRequest($"{name} must be a whole number: '{text}'.");
    }

    private static bool ParseBool(string? text, string name, bool fallback)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        return bool.TryParse(text, out var value) ? value : throw DicomWebRequestException.BadRequest($"{name} must be true or false: '{text}'.");
    }

    private static DateTimeOffset? ParseTime(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw DicomWebRequestException.BadRequest($"{name} must be an ISO 8601 date and time: '{text}'.");
    }
}

using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using DicomTyped.Routes;

namespace DicomTyped.Http;

/// <summary>The Azure change feed, outside PS3.18. Parameters left null are not sent, so the server's defaults apply.</summary>
public interface IDicomWebChangeFeedApi
{
    /// <summary><c>GET changefeed</c>: a JSON array of change events. The walk-through also uses it as a sign-in check.</summary>
    /// <param name="offset">v2: events to skip; v1: the exclusive starting sequence number.</param>
    /// <param name="limit">v2: at most this many events (1..200); v1: the width of the sequence range.</param>
    /// <param name="startTime">Inclusive lower bound of the event time (v2).</param>
    /// <param name="endTime">Exclusive upper bound of the event time (v2).</param>
    /// <param name="includeMetadata">Whether each entry carries the instance's DICOM JSON.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.ChangeFeed)]
    Task<HttpResponseMessage> GetChangeFeedAsync([Query] long? offset, [Query] int? limit, [Query] DateTimeOffset? startTime, [Query] DateTimeOffset? endTime, [Query] bool? includeMetadata, CancellationToken cancellationToken);

    /// <summary><c>GET changefeed/latest</c>: the newest change event as one JSON object.</summary>
    /// <param name="includeMetadata">Whether the entry carries the instance's DICOM JSON.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get(DicomWebRoutes.ChangeFeedLatest)]
    Task<HttpResponseMessage> GetLatestChangeAsync([Query] bool? includeMetadata, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// The client's real transport (a <see cref="SocketsHttpHandler"/> to the loopback server) that notes each exchange, so
/// a test can see what went over the wire: how many pages a search took, or that an instance came as a single part.
/// It changes nothing it passes on.
/// </summary>
public sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<Exchange> _exchanges = new();

    public IReadOnlyList<Exchange> Exchanges => _exchanges.ToArray();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        _exchanges.Enqueue(new Exchange(
            request.Method.Method,
            request.RequestUri!.PathAndQuery,
            request.Headers.Accept.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.TryGetValues("Warning", out var warnings) ? warnings.ToArray() : []));
        return response;
    }

    public sealed record Exchange(string Method, string PathAndQuery, string Accept, string? RequestContentType, HttpStatusCode Status, string? ResponseMediaType, string[] Warnings);
}

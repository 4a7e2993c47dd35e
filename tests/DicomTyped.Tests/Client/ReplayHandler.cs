using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Replays responses written from the Azure DICOM conformance statement (reference section 2) for what Orthanc lacks:
/// each expected request is checked (method, path and query as sent, headers), then answered with a canned
/// status, headers and body. Requests arrive in order; an unexpected one fails the test.
/// </summary>
internal sealed class ReplayHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Exchange> _exchanges = new();

    public List<HttpRequestMessage> Seen { get; } = [];

    public List<string?> SeenContentTypes { get; } = [];

    public ReplayHandler Expect(HttpMethod method, string pathAndQuery, HttpStatusCode status, string? body = null, string? contentType = "application/dicom+json",
        IEnumerable<KeyValuePair<string, string>>? headers = null, Action<HttpRequestMessage>? check = null)
    {
        _exchanges.Enqueue(new Exchange(method, pathAndQuery, status, body, contentType, headers ?? [], check));
        return this;
    }

    public bool AllReplayed => _exchanges.IsEmpty;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Seen.Add(request);
        SeenContentTypes.Add(request.Content?.Headers.ContentType?.ToString());
        if (request.Content is not null)
        {
            // Sends the body as the network would, so streaming content is exercised and its errors surface here.
            await request.Content.CopyToAsync(System.IO.Stream.Null, cancellationToken);
        }
        Assert.True(_exchanges.TryDequeue(out var exchange), $"Unexpected request {request.Method} {request.RequestUri}");
        Assert.Equal(exchange.Method, request.Method);
        Assert.Equal(exchange.PathAndQuery, request.RequestUri!.PathAndQuery);
        exchange.Check?.Invoke(request);
        var response = new HttpResponseMessage(exchange.Status) { RequestMessage = request };
        if (exchange.Body is not null)
        {
            response.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(exchange.Body));
            if (exchange.ContentType is not null)
            {
                response.Content.Headers.TryAddWithoutValidation("Content-Type", exchange.ContentType);
            }
        }
        foreach (var (name, value) in exchange.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content ??= new ByteArrayContent([]);
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return response;
    }

    private sealed record Exchange(HttpMethod Method, string PathAndQuery, HttpStatusCode Status, string? Body, string? ContentType,
        IEnumerable<KeyValuePair<string, string>> Headers, Action<HttpRequestMessage>? Check);
}

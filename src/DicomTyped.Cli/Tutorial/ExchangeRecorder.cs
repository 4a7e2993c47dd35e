using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tutorial;

/// <summary>
/// Sits under the client's handlers and notes every request it sends (retries included) with its status, so each
/// step prints what really went over the wire rather than what the tutorial thinks it asked for.
/// </summary>
internal sealed class ExchangeRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly List<HttpExchange> _exchanges = [];
    private readonly Lock _gate = new();

    /// <summary>Returns and forgets what was recorded since the last call.</summary>
    public IReadOnlyList<HttpExchange> Take()
    {
        lock (_gate)
        {
            var taken = _exchanges.ToArray();
            _exchanges.Clear();
            return taken;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var media = Describe(request);
        var target = request.RequestUri?.PathAndQuery ?? "";
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Record(new HttpExchange(request.Method.Method, target, media.Length == 0 ? null : media, response.StatusCode, response.ReasonPhrase));
            return response;
        }
        catch
        {
            Record(new HttpExchange(request.Method.Method, target, media.Length == 0 ? null : media, null));
            throw;
        }
    }

    // The boundary is noise on screen; everything else of the media type is what the walk-through talks about.
    private static string Describe(HttpRequestMessage request)
    {
        if (request.Content?.Headers.ContentType is { } contentType)
        {
            return string.Join("; ", new[] { contentType.MediaType }.Concat(contentType.Parameters
                .Where(p => !p.Name.Equals("boundary", System.StringComparison.OrdinalIgnoreCase))
                .Select(p => p.ToString())));
        }
        return string.Join(", ", request.Headers.Accept.Select(a => a.ToString()));
    }

    private void Record(HttpExchange exchange)
    {
        lock (_gate)
        {
            _exchanges.Add(exchange);
        }
    }
}

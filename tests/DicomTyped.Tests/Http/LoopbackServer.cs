using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Http;

/// <summary>What the loopback server saw of one request, byte for byte where it matters (RawUrl is the request-target as sent).</summary>
internal sealed record RecordedRequest(string Method, string RawUrl, string? Accept, string? Authorization, string? ContentType, byte[] Body);

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) that answers every request with one responder. By default it records
/// each request, body included, before the responder runs; a responder that streams the request body itself passes
/// <c>recordRequests: false</c>. A responder that throws answers 500 with the exception text, so a test sees why.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private const int StartAttempts = 5;
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Func<HttpListenerContext, Task> _respond;
    private readonly bool _recordRequests;

    public LoopbackServer(Func<HttpListenerContext, Task>? respond = null, bool recordRequests = true)
    {
        _respond = respond ?? (context => { context.Response.StatusCode = 200; return Task.CompletedTask; });
        _recordRequests = recordRequests;
        (_listener, Root) = StartOnFreePort();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Root { get; }

    public Uri BaseAddress => Root;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        // Close only: Stop followed by Close unregisters the prefix twice, and the second time HttpListener binds
        // the port again to find its endpoint, failing with "Address already in use" if another test now holds it.
        _listener.Close();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
        {
        }
        _stop.Dispose();
    }

    /// <summary>The probed port can be taken by another test before the listener binds it; then try a new one.</summary>
    private static (HttpListener Listener, Uri Root) StartOnFreePort()
    {
        for (var attempt = 1; ; attempt++)
        {
            var root = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(root.AbsoluteUri);
            try
            {
                listener.Start();
                return (listener, root);
            }
            catch (HttpListenerException) when (attempt < StartAttempts)
            {
                listener.Abort();
            }
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            if (_recordRequests)
            {
                var request = context.Request;
                using var body = new MemoryStream();
                await request.InputStream.CopyToAsync(body).ConfigureAwait(false);
                Requests.Enqueue(new RecordedRequest(request.HttpMethod, request.RawUrl ?? "", request.Headers["Accept"], request.Headers["Authorization"], request.ContentType, body.ToArray()));
            }
            await _respond(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (HttpListenerException or ObjectDisposedException or IOException))
        {
            await AnswerFailureAsync(context, exception).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The client went away or the server is stopping.
        }
        finally
        {
            try
            {
                context.Response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
            {
            }
        }
    }

    private static async Task AnswerFailureAsync(HttpListenerContext context, Exception exception)
    {
        try
        {
            context.Response.StatusCode = 500;
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(exception.ToString())).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // Headers were already sent; the truncated response is what the test sees.
        }
    }
}

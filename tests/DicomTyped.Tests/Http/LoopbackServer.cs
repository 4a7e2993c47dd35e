using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Http;

/// <summary>What the loopback server saw of one request, byte for byte where it matters (RawUrl is the request-target as sent).</summary>
internal sealed record RecordedRequest(string Method, string RawUrl, string? Accept, string? Authorization, string? ContentType, byte[] Body);

/// <summary>An HttpListener on 127.0.0.1 that records requests and answers with a configurable responder.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Func<HttpListenerContext, Task> _respond;

    public LoopbackServer(Func<HttpListenerContext, Task>? respond = null)
    {
        _respond = respond ?? (context => { context.Response.StatusCode = 200; return Task.CompletedTask; });
        var port = FreePort();
        Root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Root.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Root { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        _listener.Close();
        _stop.Dispose();
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
        var request = context.Request;
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body).ConfigureAwait(false);
        Requests.Enqueue(new RecordedRequest(request.HttpMethod, request.RawUrl ?? "", request.Headers["Accept"], request.Headers["Authorization"], request.ContentType, body.ToArray()));
        try
        {
            await _respond(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Close();
        }
    }
}

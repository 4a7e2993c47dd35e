using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Multipart.Support;

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener) that answers every request with one handler.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackServer(Func<HttpListenerContext, Task> handler)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
                try
                {
                    await handler(context);
                }
                catch (Exception e)
                {
                    context.Response.StatusCode = 500;
                    var message = System.Text.Encoding.UTF8.GetBytes(e.ToString());
                    await context.Response.OutputStream.WriteAsync(message);
                }
                finally
                {
                    context.Response.Close();
                }
            }
        });
    }

    public Uri BaseAddress { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

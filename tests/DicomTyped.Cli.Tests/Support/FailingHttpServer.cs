using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>
/// A loopback HTTP/1.1 listener that answers every request with one fixed status (500 by default): the service that
/// fails, for testing how the tutorial reports it. It reads each request's headers, skips a body it announced, answers
/// and closes the connection.
/// </summary>
internal sealed class FailingHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly int _status;
    private int _requests;

    public FailingHttpServer(int status = 500)
    {
        _status = status;
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v2/");

    /// <summary>How many requests were answered.</summary>
    public int Requests => Volatile.Read(ref _requests);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var header = new StringBuilder();
                var buffer = new byte[1];
                while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && header.Length < 65536)
                {
                    if (await stream.ReadAsync(buffer, _stop.Token) == 0)
                    {
                        return;
                    }
                    header.Append((char)buffer[0]);
                }
                Interlocked.Increment(ref _requests);
                var body = Encoding.ASCII.GetBytes("{\"message\":\"the service failed\"}");
                var response = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 {_status} Failure\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(response, _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or System.IO.IOException or SocketException)
            {
                // The client went away or the server is stopping.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}

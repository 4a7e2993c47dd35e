using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DicomTyped.Server;

/// <summary>
/// The server on its own Kestrel: <see cref="StartAsync"/> listens on 127.0.0.1 (a free port unless one is given) over a
/// data folder and gives the base URL; <see cref="DisposeAsync"/> stops it. Used by the tutorial, the CLI and tests.
/// </summary>
public sealed class DicomWebServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DicomWebServerHost(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Root { get; }

    /// <summary>The v2 API base address, e.g. <c>http://127.0.0.1:41234/v2/</c> (with a trailing slash).</summary>
    public Uri BaseAddress => new(Root, "v2/");

    /// <summary>The v1 API base address, e.g. <c>http://127.0.0.1:41234/v1/</c>.</summary>
    public Uri BaseAddressV1 => new(Root, "v1/");

    /// <summary>The port listened on.</summary>
    public int Port => Root.Port;

    /// <summary>The application's services (for embedding code and tests).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the server: creates the data folder, reconciles it with the index, and listens.
    /// </summary>
    /// <param name="options">Data folder, sign-in, limits, address and port.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="configure">Changes the application builder before it is built (logging, more services); optional.</param>
    /// <returns>The running host; dispose it to stop.</returns>
    /// <exception cref="ArgumentException">An option is out of range, or the address is not loopback without AllowNonLoopback.</exception>
    /// <exception cref="System.IO.IOException">The port is taken, or the data folder cannot be written.</exception>
    public static async Task<DicomWebServerHost> StartAsync(DicomWebServerOptions options, CancellationToken cancellationToken, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
            kestrel.Listen(options.ListenAddress, options.Port);
        });
        builder.Services.AddDicomWebServer(options);
        configure?.Invoke(builder);
        var app = builder.Build();
        try
        {
            app.MapDicomWeb();
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var host = options.ListenAddress.Equals(IPAddress.Any) ? IPAddress.Loopback : options.ListenAddress;
        var hostText = host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host.ToString();
        return new DicomWebServerHost(app, new Uri($"http://{hostText}:{port}/"));
    }

    /// <summary>Stops listening (in-flight requests get a few seconds) and releases the index.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

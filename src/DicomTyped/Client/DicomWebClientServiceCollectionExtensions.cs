using System;
using System.Net.Http;
using DicomTyped.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DicomTyped.Client;

/// <summary>Registers <see cref="DicomWebClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class DicomWebClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DicomWebClient"/> (transient) over the source-generated Refit <see cref="IDicomWebApi"/>
    /// (never the reflection client), with the same chain as <see cref="DicomWebClient.Create"/>: retries outermost (GET
    /// and DELETE on 408, 429, 5xx and network failures with back-off and Retry-After, each logged with its attempt
    /// number; store only with <see cref="DicomWebClientOptions.RetryStore"/>), then sign-in (a current token for every
    /// attempt), then verbatim queries, then a network handler that decompresses gzip and Brotli. The HttpClient has no
    /// overall timeout (large retrieves and stores run long); bound calls with their CancellationToken.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="baseAddress">The service base including version or prefix, such as <c>https://…/v2</c>.</param>
    /// <param name="authentication">How to sign in; none when null.</param>
    /// <param name="options">Client settings; defaults when null.</param>
    /// <returns>The HttpClient builder, to add handlers (logging) to; they run inside the verbatim query handler.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static IHttpClientBuilder AddDicomWebClient(this IServiceCollection services, Uri baseAddress, DicomWebAuthentication? authentication = null, DicomWebClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var resolved = DicomWebClientPipeline.Resolve(options, DicomWebBaseAddress.Normalize(baseAddress));
        Func<IServiceProvider, DelegatingHandler>? retry = resolved.MaxRetryAttempts > 0
            ? provider => DicomWebClientPipeline.CreateRetryHandler(resolved, Logger(provider))!
            : null;
        var builder = DicomWebServiceCollectionExtensions.AddDicomWebApi<IDicomWebApi>(services, baseAddress, authentication, retry);
        services.TryAddTransient(provider => new DicomWebClient(
            provider.GetRequiredService<IDicomWebApi>(),
            resolved,
            provider.GetService<ILogger<DicomWebClient>>()));
        return builder;
    }

    private static ILogger Logger(IServiceProvider provider) =>
        (ILogger?)provider.GetService<ILogger<DicomWebClient>>() ?? NullLogger.Instance;
}

using System;
using System.Threading;
using DicomTyped.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DicomTyped.Client;

/// <summary>Registers <see cref="DicomWebClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class DicomWebClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DicomWebClient"/> (transient) over the source-generated Refit <see cref="IDicomWebApi"/>
    /// (never the reflection client): sign-in, then retries for GET and DELETE on 408, 429, 5xx and network failures with
    /// back-off and Retry-After (store only with <see cref="DicomWebClientOptions.RetryStore"/>), then verbatim queries.
    /// The HttpClient has no overall timeout (large stores stream for long); bound calls with their CancellationToken.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="baseAddress">The service base including version or prefix, such as <c>https://…/v2</c>.</param>
    /// <param name="authentication">How to sign in; none when null.</param>
    /// <param name="options">Client settings; defaults when null.</param>
    /// <returns>The HttpClient builder, to add handlers (logging, extra resilience) to.</returns>
    public static IHttpClientBuilder AddDicomWebClient(this IServiceCollection services, Uri baseAddress, DicomWebAuthentication? authentication = null, DicomWebClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var normalized = DicomWebBaseAddress.Normalize(baseAddress);
        var resolved = DicomWebClientPipeline.Resolve(options, normalized);
        var builder = services.AddDicomWebApi<IDicomWebApi>(normalized, authentication)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        if (resolved.MaxRetryAttempts > 0)
        {
            builder.AddResilienceHandler("dicomweb-retry", pipeline => DicomWebClientPipeline.ConfigureRetry(pipeline, resolved));
        }
        services.TryAddTransient(provider => new DicomWebClient(
            provider.GetRequiredService<IDicomWebApi>(),
            resolved,
            provider.GetService<ILogger<DicomWebClient>>()));
        return builder;
    }
}

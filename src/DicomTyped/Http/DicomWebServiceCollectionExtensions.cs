using System;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace DicomTyped.Http;

/// <summary>Registers the DICOMweb Refit clients with <c>IHttpClientFactory</c>.</summary>
public static class DicomWebServiceCollectionExtensions
{
    /// <summary>
    /// Registers the source-generated Refit client <typeparamref name="TApi"/> for <paramref name="baseAddress"/>,
    /// with the sign-in handler and <see cref="VerbatimQueryHandler"/>. Add resilience or logging on the returned builder.
    /// </summary>
    /// <typeparam name="TApi">One of the DICOMweb interfaces, such as <see cref="IDicomWebApi"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="baseAddress">The service base including version or prefix, such as <c>https://…/v2</c>.</param>
    /// <param name="authentication">How to sign in; none when null.</param>
    public static IHttpClientBuilder AddDicomWebApi<TApi>(this IServiceCollection services, Uri baseAddress, DicomWebAuthentication? authentication = null)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(services);
        var normalized = DicomWebBaseAddress.Normalize(baseAddress);
        var signIn = authentication ?? DicomWebAuthentication.None;
        // AddRefitClient would need Refit's reflection package; the generated client needs nothing at run time.
        var builder = services.AddRefitGeneratedClient<TApi>(DicomWebRefit.CreateSettings())
            .ConfigureHttpClient(client => client.BaseAddress = normalized);
        if (signIn.CreateHandler() is not null)
        {
            builder.AddHttpMessageHandler(() => signIn.CreateHandler()!);
        }
        return builder.AddHttpMessageHandler(() => new VerbatimQueryHandler());
    }
}

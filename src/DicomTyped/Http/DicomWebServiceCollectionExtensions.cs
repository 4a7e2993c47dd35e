using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace DicomTyped.Http;

/// <summary>Registers the DICOMweb Refit clients with <c>IHttpClientFactory</c>.</summary>
internal static class DicomWebServiceCollectionExtensions
{
    /// <summary>
    /// Registers the source-generated Refit client <typeparamref name="TApi"/> for <paramref name="baseAddress"/>,
    /// with the sign-in handler and <see cref="VerbatimQueryHandler"/> over a network handler that decompresses gzip and
    /// Brotli, and no overall timeout. The HttpClient's name is <see cref="HttpClientName{TApi}"/>. Add logging on the
    /// returned builder; handlers added there sit inside the verbatim query handler.
    /// </summary>
    /// <typeparam name="TApi">One of the DICOMweb interfaces, such as <see cref="IDicomWebApi"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="baseAddress">The service base including version or prefix, such as <c>https://…/v2</c>.</param>
    /// <param name="authentication">How to sign in; none when null.</param>
    public static IHttpClientBuilder AddDicomWebApi<TApi>(this IServiceCollection services, Uri baseAddress, DicomWebAuthentication? authentication = null)
        where TApi : class =>
        AddDicomWebApi<TApi>(services, baseAddress, authentication, retry: null);

    /// <summary>The name of the HttpClient registered for <typeparamref name="TApi"/>, for <c>IHttpClientFactory</c> and <c>IHttpMessageHandlerFactory</c>.</summary>
    /// <typeparam name="TApi">The DICOMweb interface.</typeparam>
    public static string HttpClientName<TApi>() => "DicomTyped.DicomWeb:" + typeof(TApi).FullName;

    internal static IHttpClientBuilder AddDicomWebApi<TApi>(IServiceCollection services, Uri baseAddress, DicomWebAuthentication? authentication, Func<IServiceProvider, DelegatingHandler>? retry)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(baseAddress);
        // AddRefitClient would need Refit's reflection package; the generated client needs nothing at run time.
        var builder = services.AddRefitGeneratedClient<TApi>(DicomWebRefit.CreateSettings(), HttpClientName<TApi>());
        return DicomWebHandlerChain.Configure(builder, baseAddress, authentication, retry);
    }
}

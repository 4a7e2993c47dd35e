using System;
using System.Net.Http;

namespace DicomTyped.Http;

/// <summary>
/// Builds an <see cref="HttpClient"/> for DICOMweb outside dependency injection: normalised base address, sign-in
/// handler, then <see cref="VerbatimQueryHandler"/>, then the network (gzip and Brotli answers decompressed), with no
/// overall timeout (bound calls with their CancellationToken). No retries: <c>DicomWebClient.Create</c> adds them.
/// Certificate validation is left as the platform does it; nothing here can turn it off.
/// </summary>
internal static class DicomWebHttpClientFactory
{
    /// <summary>A client for <paramref name="baseAddress"/> that signs in with <paramref name="authentication"/>.</summary>
    /// <param name="baseAddress">The service base including version or prefix, such as <c>https://…/v2</c>.</param>
    /// <param name="authentication">How to sign in; <see cref="DicomWebAuthentication.None"/> when null.</param>
    /// <param name="primaryHandler">
    /// The network handler; a new <see cref="SocketsHttpHandler"/> when null. A <see cref="SocketsHttpHandler"/> or
    /// <see cref="HttpClientHandler"/> without automatic decompression gets gzip, Brotli and deflate. Disposed with the client.
    /// </param>
    public static HttpClient Create(Uri baseAddress, DicomWebAuthentication? authentication = null, HttpMessageHandler? primaryHandler = null) =>
        DicomWebHandlerChain.CreateHttpClient(baseAddress, authentication, retry: null, primaryHandler);

    /// <summary>A Refit client of <typeparamref name="TApi"/> over a client built by <see cref="Create"/>.</summary>
    /// <typeparam name="TApi">One of the DICOMweb interfaces, such as <see cref="IDicomWebApi"/>.</typeparam>
    /// <param name="baseAddress">The service base including version or prefix.</param>
    /// <param name="authentication">How to sign in; none when null.</param>
    /// <param name="primaryHandler">The network handler; a new <see cref="SocketsHttpHandler"/> when null.</param>
    public static TApi CreateApi<TApi>(Uri baseAddress, DicomWebAuthentication? authentication = null, HttpMessageHandler? primaryHandler = null) =>
        DicomWebRefit.For<TApi>(Create(baseAddress, authentication, primaryHandler));
}

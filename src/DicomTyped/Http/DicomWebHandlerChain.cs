using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

namespace DicomTyped.Http;

/// <summary>
/// The one place the DICOMweb handler chain and HttpClient settings are decided, used by <c>DicomWebClient.Create</c>,
/// <c>AddDicomWebClient</c>, <see cref="DicomWebHttpClientFactory"/> and <c>AddDicomWebApi</c>.
/// <list type="number">
/// <item>retry (outermost, when the caller has one): each attempt runs the whole chain below it again;</item>
/// <item>sign-in: so every attempt asks the token cache again and a retry after a token expired carries a fresh one;</item>
/// <item>verbatim query (innermost): the URI is rebuilt just before the network, after anything that could touch it;</item>
/// <item>the network: a <see cref="SocketsHttpHandler"/> that asks for gzip and Brotli and decompresses them.</item>
/// </list>
/// The HttpClient has no overall timeout (<see cref="Timeout.InfiniteTimeSpan"/>): a large retrieve or store runs for as
/// long as bytes flow, and callers bound a call with its CancellationToken.
/// </summary>
internal static class DicomWebHandlerChain
{
    /// <summary>What the client accepts as Content-Encoding (RFC 9110 8.4): gzip and Brotli, and deflate which costs nothing more.</summary>
    public const DecompressionMethods Decompression = DecompressionMethods.GZip | DecompressionMethods.Brotli | DecompressionMethods.Deflate;

    /// <summary>The delegating handlers, outermost first.</summary>
    public static List<DelegatingHandler> CreateHandlers(DicomWebAuthentication? authentication, DelegatingHandler? retry)
    {
        var handlers = new List<DelegatingHandler>(3);
        if (retry is not null)
        {
            handlers.Add(retry);
        }
        if ((authentication ?? DicomWebAuthentication.None).CreateHandler() is { } signIn)
        {
            handlers.Add(signIn);
        }
        handlers.Add(new VerbatimQueryHandler());
        return handlers;
    }

    /// <summary>
    /// The network handler: <paramref name="supplied"/> or a new <see cref="SocketsHttpHandler"/>, with automatic
    /// decompression turned on when it is a <see cref="SocketsHttpHandler"/> or <see cref="HttpClientHandler"/> that has
    /// none yet (another kind of handler decides for itself).
    /// </summary>
    public static HttpMessageHandler CreatePrimaryHandler(HttpMessageHandler? supplied = null)
    {
        switch (supplied)
        {
            case null:
                return new SocketsHttpHandler { AutomaticDecompression = Decompression };
            case SocketsHttpHandler sockets when sockets.AutomaticDecompression == DecompressionMethods.None:
                sockets.AutomaticDecompression = Decompression;
                return sockets;
            case HttpClientHandler client when client.AutomaticDecompression == DecompressionMethods.None:
                client.AutomaticDecompression = Decompression;
                return client;
            default:
                return supplied;
        }
    }

    /// <summary>An HttpClient over the whole chain, with the normalised base address and no timeout; it owns the handlers.</summary>
    public static HttpClient CreateHttpClient(Uri baseAddress, DicomWebAuthentication? authentication, DelegatingHandler? retry, HttpMessageHandler? primaryHandler)
    {
        HttpMessageHandler pipeline = CreatePrimaryHandler(primaryHandler);
        var handlers = CreateHandlers(authentication, retry);
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = pipeline;
            pipeline = handlers[i];
        }
        var client = new HttpClient(pipeline, disposeHandler: true);
        Configure(client, DicomWebBaseAddress.Normalize(baseAddress));
        return client;
    }

    /// <summary>
    /// The same chain on an <c>IHttpClientFactory</c> registration: handlers added outermost first (the factory keeps
    /// the order added), the same primary handler and client settings.
    /// </summary>
    public static IHttpClientBuilder Configure(IHttpClientBuilder builder, Uri baseAddress, DicomWebAuthentication? authentication, Func<IServiceProvider, DelegatingHandler>? retry)
    {
        var normalized = DicomWebBaseAddress.Normalize(baseAddress);
        builder.ConfigureHttpClient(client => Configure(client, normalized))
            .ConfigurePrimaryHttpMessageHandler(() => CreatePrimaryHandler());
        if (retry is not null)
        {
            builder.AddHttpMessageHandler(retry);
        }
        var signIn = authentication ?? DicomWebAuthentication.None;
        if (signIn.CreateHandler() is not null)
        {
            builder.AddHttpMessageHandler(() => signIn.CreateHandler()!);
        }
        return builder.AddHttpMessageHandler(() => new VerbatimQueryHandler());
    }

    private static void Configure(HttpClient client, Uri normalizedBaseAddress)
    {
        client.BaseAddress = normalizedBaseAddress;
        // HttpClient's 100 s default would cut off a large retrieve or store that is still making progress.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }
}

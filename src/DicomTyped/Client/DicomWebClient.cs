using System;
using System.Net.Http;
using DicomTyped.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DicomTyped.Client;

/// <summary>
/// A typed DICOMweb client: one method per transaction of PS3.18 (store, retrieve, search) and of the Azure DICOM
/// service (delete, change feed). Responses are streamed: retrieved instances are read part by part as they are
/// asked for, stores send files from disk. Unsuccessful statuses become <see cref="DicomWebException"/>s, except
/// where a status is a result (store 202/409, delete 404, metadata 304).
/// </summary>
/// <remarks>
/// There is one way to build it for each use: <see cref="Create"/> for direct use (the client owns its HttpClient;
/// dispose it), and <see cref="DicomWebClientServiceCollectionExtensions.AddDicomWebClient"/> for dependency injection
/// (IHttpClientFactory owns the handlers). Both build the same handler chain: retries, sign-in, verbatim query strings,
/// a decompressing network handler, no overall timeout.
/// </remarks>
public sealed partial class DicomWebClient : IDisposable
{
    private readonly DicomWebClientOptions _options;
    private readonly ILogger _logger;
    private readonly HttpClient? _ownedHttpClient;

    // The DI registration's path (AddDicomWebClient): the transport comes from IHttpClientFactory, which owns it.
    internal DicomWebClient(IDicomWebApi api, DicomWebClientOptions? options = null, ILogger<DicomWebClient>? logger = null)
        : this(api, options, logger, ownedHttpClient: null)
    {
    }

    private DicomWebClient(IDicomWebApi api, DicomWebClientOptions? options, ILogger? logger, HttpClient? ownedHttpClient)
    {
        Api = api ?? throw new ArgumentNullException(nameof(api));
        _options = options ?? DicomWebClientOptions.Default;
        _options.Validate();
        _logger = logger ?? NullLogger.Instance;
        _ownedHttpClient = ownedHttpClient;
    }

    /// <summary>The transport underneath, for routes this client does not wrap.</summary>
    public IDicomWebApi Api { get; }

    /// <summary>The options in effect.</summary>
    public DicomWebClientOptions Options => _options;

    /// <summary>
    /// A client of its own HttpClient for <paramref name="baseAddress"/>, built by the same chain as
    /// <see cref="DicomWebClientServiceCollectionExtensions.AddDicomWebClient"/>: retries outermost (GET and DELETE, and
    /// store when <see cref="DicomWebClientOptions.RetryStore"/>), then sign-in (so each attempt gets a current token), then
    /// verbatim queries, then the network (gzip and Brotli answers decompressed); no overall timeout (bound calls with
    /// their CancellationToken). Dispose it to release the connection pool.
    /// </summary>
    /// <param name="baseAddress">The service base including its version or prefix, such as <c>https://…/v2</c> or <c>http://127.0.0.1:8042/dicom-web/</c>.</param>
    /// <param name="authentication">How to sign in; none when null.</param>
    /// <param name="options">Client settings; defaults when null.</param>
    /// <param name="logger">Where to log (retries at Warning with their attempt number); nothing when null.</param>
    /// <param name="primaryHandler">
    /// The network handler; a new <see cref="SocketsHttpHandler"/> when null. A <see cref="SocketsHttpHandler"/> or
    /// <see cref="HttpClientHandler"/> without automatic decompression gets gzip, Brotli and deflate. Disposed with the client.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (a limit below 1, a negative retry count).</exception>
    public static DicomWebClient Create(Uri baseAddress, DicomWebAuthentication? authentication = null, DicomWebClientOptions? options = null, ILogger<DicomWebClient>? logger = null, HttpMessageHandler? primaryHandler = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var resolved = DicomWebClientPipeline.Resolve(options, DicomWebBaseAddress.Normalize(baseAddress));
        var log = (ILogger?)logger ?? NullLogger.Instance;
        var httpClient = DicomWebHandlerChain.CreateHttpClient(baseAddress, authentication, DicomWebClientPipeline.CreateRetryHandler(resolved, log), primaryHandler);
        return new DicomWebClient(DicomWebRefit.For<IDicomWebApi>(httpClient), resolved, logger, httpClient);
    }

    /// <summary>The HttpClient <see cref="Create"/> made (null for a client from dependency injection); tests read its handler chain.</summary>
    internal HttpClient? OwnedHttpClient => _ownedHttpClient;

    /// <summary>Disposes the HttpClient when <see cref="Create"/> made it; a client from dependency injection owns nothing.</summary>
    public void Dispose() => _ownedHttpClient?.Dispose();
}

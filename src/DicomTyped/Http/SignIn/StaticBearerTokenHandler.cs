using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Http;

/// <summary>Adds <c>Authorization: Bearer</c> with a token the caller already holds (for example from <c>az account get-access-token</c>).</summary>
internal sealed class StaticBearerTokenHandler : DelegatingHandler
{
    private readonly string _token;

    /// <summary>Creates the handler.</summary>
    /// <param name="token">The access token; never logged or shown.</param>
    public StaticBearerTokenHandler(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _token = token;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        BearerTokenSafety.EnsureProtectedTransport(request.RequestUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return base.SendAsync(request, cancellationToken);
    }
}

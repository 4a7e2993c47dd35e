using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace DicomTyped.Http;

/// <summary>
/// Adds <c>Authorization: Bearer</c> with a token from an Azure.Core <see cref="TokenCredential"/>
/// (<c>DefaultAzureCredential</c>, <c>ManagedIdentityCredential</c>, …). The token is cached and refreshed
/// before it expires: at the credential's <see cref="AccessToken.RefreshOn"/>, or <see cref="RefreshMargin"/>
/// before <see cref="AccessToken.ExpiresOn"/>. Concurrent requests share one refresh.
/// </summary>
internal sealed class TokenCredentialHandler : DelegatingHandler
{
    /// <summary>How long before expiry a token without an earlier RefreshOn hint is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly AccessTokenCache _cache;

    /// <summary>Creates the handler for Microsoft's DICOM service scope.</summary>
    /// <param name="credential">Where tokens come from.</param>
    public TokenCredentialHandler(TokenCredential credential)
        : this(credential, AzureDicomScopes.Default, TimeProvider.System)
    {
    }

    /// <summary>Creates the handler for a given scope and clock.</summary>
    /// <param name="credential">Where tokens come from.</param>
    /// <param name="scope">The scope, such as <see cref="AzureDicomScopes.Default"/>.</param>
    /// <param name="timeProvider">The clock deciding when a token is due for refresh.</param>
    public TokenCredentialHandler(TokenCredential credential, string scope, TimeProvider timeProvider)
        : this(new AccessTokenCache(credential, scope, timeProvider))
    {
    }

    internal TokenCredentialHandler(AccessTokenCache cache) => _cache = cache;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        BearerTokenSafety.EnsureProtectedTransport(request.RequestUri);
        var token = await _cache.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

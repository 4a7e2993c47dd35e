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
public sealed class TokenCredentialHandler : DelegatingHandler
{
    /// <summary>How long before expiry a token without a RefreshOn hint is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _context;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    // A reference, not the AccessToken struct, so readers outside the gate never see a torn value.
    private volatile CachedToken? _cached;

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
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _credential = credential;
        _context = new TokenRequestContext([scope]);
        _time = timeProvider;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        BearerTokenSafety.EnsureProtectedTransport(request.RequestUri);
        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _refreshGate.Dispose();
        }
        base.Dispose(disposing);
    }

    private async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var cached = _cached;
        if (cached is not null && !cached.IsDue(_time.GetUtcNow()))
        {
            return cached.Token.Token;
        }
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have refreshed while this one waited at the gate.
            cached = _cached;
            var now = _time.GetUtcNow();
            if (cached is not null && !cached.IsDue(now))
            {
                return cached.Token.Token;
            }
            try
            {
                var fresh = await _credential.GetTokenAsync(_context, cancellationToken).ConfigureAwait(false);
                _cached = new CachedToken(fresh);
                return fresh.Token;
            }
            catch (Exception) when (cached is not null && cached.Token.ExpiresOn > now && !cancellationToken.IsCancellationRequested)
            {
                // An early refresh failed (identity endpoint briefly down); the old token is still valid, so use it
                // and let the next request try again.
                return cached.Token.Token;
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private sealed class CachedToken(AccessToken token)
    {
        public AccessToken Token { get; } = token;

        private DateTimeOffset RefreshAt { get; } = Earlier(token.RefreshOn, token.ExpiresOn - RefreshMargin);

        public bool IsDue(DateTimeOffset now) => now >= RefreshAt;

        private static DateTimeOffset Earlier(DateTimeOffset? hint, DateTimeOffset margin) => hint is { } h && h < margin ? h : margin;
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace DicomTyped.Http;

/// <summary>
/// One credential's current token, refreshed before expiry with one refresh at a time. Kept apart from the handler
/// because IHttpClientFactory replaces handlers every few minutes; the cache outlives them.
/// </summary>
internal sealed class AccessTokenCache
{
    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _context;
    private readonly TimeProvider _time;

    // Never disposed: it is only awaited (no wait handle is created), and the cache may outlive any one handler.
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    // A reference, not the AccessToken struct, so readers outside the gate never see a torn value.
    private volatile CachedToken? _cached;

    public AccessTokenCache(TokenCredential credential, string scope, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _credential = credential;
        _context = new TokenRequestContext([scope]);
        _time = timeProvider;
    }

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
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

        private DateTimeOffset RefreshAt { get; } = Earlier(token.RefreshOn, token.ExpiresOn - TokenCredentialHandler.RefreshMargin);

        public bool IsDue(DateTimeOffset now) => now >= RefreshAt;

        private static DateTimeOffset Earlier(DateTimeOffset? hint, DateTimeOffset margin) => hint is { } h && h < margin ? h : margin;
    }
}

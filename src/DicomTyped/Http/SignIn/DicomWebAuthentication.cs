using System;
using System.Net.Http;
using Azure.Core;

namespace DicomTyped.Http;

/// <summary>How requests sign in: not at all, with a fixed bearer token, or with an Azure.Core credential.</summary>
public abstract class DicomWebAuthentication
{
    private DicomWebAuthentication()
    {
    }

    /// <summary>No Authorization header (local servers such as Orthanc).</summary>
    public static DicomWebAuthentication None { get; } = new NoAuthentication();

    /// <summary>A token the caller already holds; it is sent as is and never refreshed.</summary>
    /// <param name="token">The access token.</param>
    public static DicomWebAuthentication BearerToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new FixedToken(token);
    }

    /// <summary>Tokens from <paramref name="credential"/> for <paramref name="scope"/>, cached and refreshed before expiry.</summary>
    /// <param name="credential">For example <c>new DefaultAzureCredential()</c>.</param>
    /// <param name="scope">The token scope; Microsoft's DICOM service by default.</param>
    public static DicomWebAuthentication Credential(TokenCredential credential, string scope = AzureDicomScopes.Default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        return new CredentialToken(credential, scope);
    }

    /// <summary>A new handler adding the Authorization header, or null when none is needed. Handlers of one credential choice share its token cache.</summary>
    internal abstract DelegatingHandler? CreateHandler();

    /// <summary>Names the kind of sign-in, never the token.</summary>
    public abstract override string ToString();

    private sealed class NoAuthentication : DicomWebAuthentication
    {
        internal override DelegatingHandler? CreateHandler() => null;

        public override string ToString() => "none";
    }

    private sealed class FixedToken(string token) : DicomWebAuthentication
    {
        internal override DelegatingHandler? CreateHandler() => new StaticBearerTokenHandler(token);

        public override string ToString() => "bearer token";
    }

    private sealed class CredentialToken(TokenCredential credential, string scope) : DicomWebAuthentication
    {
        // Shared by every handler this choice creates, so handler rotation in IHttpClientFactory keeps the token.
        private readonly AccessTokenCache _cache = new(credential, scope, TimeProvider.System);

        internal override DelegatingHandler? CreateHandler() => new TokenCredentialHandler(_cache);

        public override string ToString() => $"{credential.GetType().Name} for {scope}";
    }
}

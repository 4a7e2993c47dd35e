using System;
using System.Net;

namespace DicomTyped.Http;

/// <summary>Refuses to put a bearer token on a request that could be read in transit.</summary>
internal static class BearerTokenSafety
{
    /// <summary>Throws unless the request goes over https, or over http to this machine only.</summary>
    public static void EnsureProtectedTransport(Uri? requestUri)
    {
        if (requestUri is null || !requestUri.IsAbsoluteUri)
        {
            throw new InvalidOperationException("A bearer token is only sent to an absolute request address.");
        }
        if (requestUri.Scheme == Uri.UriSchemeHttps || requestUri.IsLoopback || IsLoopbackAddress(requestUri.Host))
        {
            return;
        }
        // The message names the host only: the path and query could hold patient data.
        throw new InvalidOperationException($"Refusing to send a bearer token over plain http to {requestUri.Host}; use https.");
    }

    private static bool IsLoopbackAddress(string host) => IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}

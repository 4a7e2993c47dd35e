using System;
using System.Net.Http;
using DicomTyped.Query;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Http;

/// <summary>
/// Sends a request's query string as the caller wrote it. A .NET <see cref="Uri"/> escapes '^' in the query
/// (<c>DOE^JOHN</c> becomes <c>DOE%5EJOHN</c>), and servers that do not percent-decode QIDO values (Orthanc)
/// then match nothing. This handler rebuilds the request URI from its original text with canonicalization off,
/// escaping only what HTTP cannot carry (controls, spaces, non-ASCII, and characters a request line forbids).
/// </summary>
internal sealed class VerbatimQueryHandler : DelegatingHandler
{
    /// <summary>Creates the handler; the inner handler is set by the pipeline that owns it.</summary>
    public VerbatimQueryHandler()
    {
    }

    /// <summary>Creates the handler in front of <paramref name="innerHandler"/>.</summary>
    /// <param name="innerHandler">The next handler.</param>
    public VerbatimQueryHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            request.RequestUri = WithVerbatimQuery(uri);
        }
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The URI with its query taken from the original text instead of the canonical form.</summary>
    internal static Uri WithVerbatimQuery(Uri uri)
    {
        var original = uri.OriginalString;
        var queryStart = original.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return uri;
        }
        var fragmentStart = original.IndexOf('#', queryStart);
        var query = fragmentStart < 0 ? original[(queryStart + 1)..] : original[(queryStart + 1)..fragmentStart];
        // The path comes from the canonical form: it was escaped segment by segment and has nothing to preserve.
        var path = uri.GetLeftPart(UriPartial.Path);
        var text = query.Length == 0 ? path : path + "?" + EscapeWhatHttpCannotCarry(query);
        return new Uri(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }

    private static string EscapeWhatHttpCannotCarry(string query) => PercentEncoding.Encode(query, s_cannotTravelAsIs);

    private static readonly Func<char, bool> s_cannotTravelAsIs = c => !CanTravelAsIs(c);

    // '^' is the point of this handler; '%' stays so that pre-encoded sequences are not encoded twice.
    private static bool CanTravelAsIs(char c) => c is > ' ' and < '\x7f' and not ('"' or '<' or '>' or '\\' or '`' or '{' or '|' or '}');
}

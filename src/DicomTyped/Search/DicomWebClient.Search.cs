using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Json;
using DicomTyped.Http;
using DicomTyped.Query;

namespace DicomTyped.Client;

public sealed partial class DicomWebClient
{
    /// <summary>
    /// QIDO-RS: one page of matches for a generated typed query (for example <c>Orthanc.Qido.Studies().PatientNameWildcard("DOE*")</c>).
    /// The query's own limit and offset are sent as set.
    /// </summary>
    /// <typeparam name="TMatch">The record the query's route returns.</typeparam>
    /// <param name="query">The typed query.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status (400 for an attribute it cannot search).</exception>
    public Task<QidoPage<TMatch>> SearchAsync<TMatch>(QidoQuery<TMatch> query, CancellationToken cancellationToken = default)
        where TMatch : IDicomJsonReadable<TMatch>
    {
        ArgumentNullException.ThrowIfNull(query);
        return SearchPageAsync<TMatch>(query.Build(), cancellationToken);
    }

    /// <summary>
    /// QIDO-RS with every match: pages through the results with limit and offset, asking next at the previous offset
    /// plus the number of matches received, until a page comes back empty (or 204), or the server says none remain
    /// (<c>Warning: 299 … There are 0 additional results</c>). A page shorter than the limit does not end the search:
    /// servers may cap their pages below the limit asked for, and stopping there would lose the rest without a word.
    /// The next page is requested only when the previous one has been consumed. The query's limit, when set, is the
    /// page size; its offset is where paging starts.
    /// </summary>
    /// <typeparam name="TMatch">The record the query's route returns.</typeparam>
    /// <param name="query">The typed query.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="DicomWebException">A page was answered with an unsuccessful status.</exception>
    public IAsyncEnumerable<TMatch> SearchAllAsync<TMatch>(QidoQuery<TMatch> query, CancellationToken cancellationToken = default)
        where TMatch : IDicomJsonReadable<TMatch>
    {
        ArgumentNullException.ThrowIfNull(query);
        return PageThroughAsync<TMatch>(query.Build(), cancellationToken);
    }

    /// <summary>
    /// QIDO-RS by attribute ids no profile names: <paramref name="route"/> is <c>studies</c>, <c>series</c>,
    /// <c>instances</c>, <c>studies/{study}/series</c>, <c>studies/{study}/instances</c> or
    /// <c>studies/{study}/series/{series}/instances</c>; each parameter's key is sent as written (a keyword, 8 hex
    /// digits, a dotted sequence path, or includefield/limit/offset/fuzzymatching) and its value with only the
    /// characters a query cannot carry percent-encoded (<c>^</c>, <c>*</c>, <c>?</c>, <c>,</c> and <c>-</c> stay as they are;
    /// see <see cref="QidoEncoding"/>). Keys and values are data: braces, <c>%</c>, <c>&amp;</c>, <c>#</c> and the like are
    /// encoded, never read as a template or as another parameter. The study and series UIDs in the route are checked
    /// against the UID syntax (PS3.5 9.1) before any request, so no value can change which resource is searched.
    /// </summary>
    /// <typeparam name="TMatch">The record to read each match into; unnamed attributes land in its OtherAttributes.</typeparam>
    /// <param name="route">The search route, relative to the service base.</param>
    /// <param name="parameters">The query parameters, in order; a key may repeat (includefield).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="route"/> is not one of the routes above, a UID in it is not a UID, or a key is empty.
    /// </exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    public Task<QidoPage<TMatch>> SearchAsync<TMatch>(string route, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default)
        where TMatch : IDicomJsonReadable<TMatch> =>
        SearchPageAsync<TMatch>(BuildRequest(route, parameters), cancellationToken);

    /// <summary>The string-keyed search of <see cref="SearchAsync{TMatch}(string, IEnumerable{KeyValuePair{string, string}}, CancellationToken)"/>, paged automatically.</summary>
    /// <typeparam name="TMatch">The record to read each match into.</typeparam>
    /// <param name="route">The search route, relative to the service base.</param>
    /// <param name="parameters">The query parameters.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="ArgumentException">As for the one-page search, before any request.</exception>
    /// <exception cref="DicomWebException">A page was answered with an unsuccessful status.</exception>
    public IAsyncEnumerable<TMatch> SearchAllAsync<TMatch>(string route, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default)
        where TMatch : IDicomJsonReadable<TMatch> =>
        PageThroughAsync<TMatch>(BuildRequest(route, parameters), cancellationToken);

    private static QidoRequest BuildRequest(string route, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(route);
        ArgumentNullException.ThrowIfNull(parameters);
        var path = CheckedSearchRoute(route.Trim('/'));
        var query = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(parameters));
            if (query.Length > 0)
            {
                query.Append('&');
            }
            query.Append(QidoEncoding.EncodeValue(key)).Append('=').Append(QidoEncoding.EncodeValue(value ?? ""));
        }
        return new QidoRequest(path, query.ToString());
    }

    // The route's shape is one of the six QIDO-RS routes and its UIDs are UIDs, so '..', '/', '?' or '{x}' in a
    // caller's (or a hostile server's) string can never change which resource is searched.
    private static string CheckedSearchRoute(string route)
    {
        var segments = route.Split('/');
        switch (segments)
        {
            case ["studies"] or ["series"] or ["instances"]:
                break;
            case ["studies", var study, "series" or "instances"]:
                QidoValues.Uid(study, "StudyInstanceUID");
                break;
            case ["studies", var study, "series", var series, "instances"]:
                QidoValues.Uid(study, "StudyInstanceUID");
                QidoValues.Uid(series, "SeriesInstanceUID");
                break;
            default:
                throw new ArgumentException(
                    $"'{route}' is not a QIDO-RS route (studies, series, instances, studies/{{study}}/series, studies/{{study}}/instances, studies/{{study}}/series/{{series}}/instances).",
                    nameof(route));
        }
        return route;
    }

    private async IAsyncEnumerable<TMatch> PageThroughAsync<TMatch>(QidoRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TMatch : IDicomJsonReadable<TMatch>
    {
        var parameters = QidoPaging.Split(request.QueryString, out var limit, out var offset);
        var pageSize = limit ?? _options.PageSize;
        var next = offset ?? 0;
        byte[]? previousBody = null;
        while (true)
        {
            var pageRequest = new QidoRequest(request.Path, QidoPaging.With(parameters, pageSize, next), request.ClientFilters);
            var (page, bodyHash, response) = await SearchPageWithHashAsync<TMatch>(pageRequest, hashBody: true, cancellationToken).ConfigureAwait(false);
            // A server that ignores offset sends the same non-empty page forever: paging to the end would never end.
            if (page.ReceivedCount > 0 && previousBody is not null && bodyHash!.AsSpan().SequenceEqual(previousBody))
            {
                throw new DicomWebInvalidResponseException(response,
                    $"the page at offset {next} is the same as the page before it: the server ignores 'offset', so paging cannot reach the end.");
            }
            previousBody = bodyHash;
            foreach (var match in page.Items)
            {
                yield return match;
            }
            if (!page.HasMore)
            {
                yield break;
            }
            next += page.ReceivedCount;
        }
    }

    private async Task<QidoPage<TMatch>> SearchPageAsync<TMatch>(QidoRequest request, CancellationToken cancellationToken)
        where TMatch : IDicomJsonReadable<TMatch>
    {
        return (await SearchPageWithHashAsync<TMatch>(request, hashBody: false, cancellationToken).ConfigureAwait(false)).Page;
    }

    // The hash (only when paging to the end) lets the next page be compared with this one without keeping its bytes.
    private async Task<(QidoPage<TMatch> Page, byte[]? BodyHash, DicomWebError Response)> SearchPageWithHashAsync<TMatch>(QidoRequest request, bool hashBody, CancellationToken cancellationToken)
        where TMatch : IDicomJsonReadable<TMatch>
    {
        using var response = await SendAsync(token => SendSearchAsync(request, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var received = DicomJsonValueReader.ReadArray<TMatch>(body.Span);
        var items = QidoClientFilter.Apply(received, body, request.ClientFilters);
        var warnings = ResponseWarnings.Of(response);
        QidoPaging.Split(request.QueryString, out var limit, out var offset);
        var page = new QidoPage<TMatch>(items, offset ?? 0, limit, ResponseWarnings.RemainingCount(warnings), warnings) { ReceivedCount = received.Count };
        DicomWebClientLog.Searched(_logger, SearchRouteShape(request.Path), items.Count, page.RemainingCount);
        return (page, hashBody ? System.Security.Cryptography.SHA256.HashData(body.Span) : null, DicomWebResponseExtensions.Describe(response));
    }

    // Every search goes through the Refit routes, so the HttpClient's VerbatimQueryHandler keeps '^' unescaped.
    private Task<HttpResponseMessage> SendSearchAsync(QidoRequest request, CancellationToken cancellationToken)
    {
        var segments = request.Path.Split('/');
        var query = request.QueryString;
        var json = DicomAcceptHeader.DicomJson;
        return segments switch
        {
            ["studies"] => Api.SearchStudiesAsync(query, json, cancellationToken),
            ["series"] => Api.SearchSeriesAsync(query, json, cancellationToken),
            ["instances"] => Api.SearchInstancesAsync(query, json, cancellationToken),
            ["studies", var study, "series"] => Api.SearchStudySeriesAsync(study, query, json, cancellationToken),
            ["studies", var study, "instances"] => Api.SearchStudyInstancesAsync(study, query, json, cancellationToken),
            ["studies", var study, "series", var series, "instances"] => Api.SearchSeriesInstancesAsync(study, series, query, json, cancellationToken),
            _ => throw new ArgumentException($"'{request.Path}' is not a QIDO-RS route (studies, series, instances, studies/{{study}}/series, studies/{{study}}/instances, studies/{{study}}/series/{{series}}/instances).", nameof(request)),
        };
    }

    // The route without its UIDs, so the Information log names what was searched without identifying anyone.
    private static string SearchRouteShape(string path) => path.Split('/') switch
    {
        ["studies", _, "series"] => "studies/{study}/series",
        ["studies", _, "instances"] => "studies/{study}/instances",
        ["studies", _, "series", _, "instances"] => "studies/{study}/series/{series}/instances",
        _ => path,
    };
}

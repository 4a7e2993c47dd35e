using System;
using System.Linq;
using System.Collections.Generic;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;

namespace DicomTyped.Client;

public sealed partial class DicomWebClient
{
    /// <summary>One page of the change feed (<c>GET changefeed</c>; Azure extension). Also the walk-through's sign-in check.</summary>
    /// <param name="options">Offset, limit, time bounds and metadata; the server's defaults when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">Time bounds were given to a v1 server, which has none.</exception>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The page is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The page is not a JSON array of change-feed entries.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<IReadOnlyList<ChangeFeedEntry>> GetChangeFeedAsync(ChangeFeedOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ChangeFeedOptions();
        if (_options.ChangeFeedVersion == ChangeFeedVersion.V1 && (options.StartTime is not null || options.EndTime is not null))
        {
            throw new ArgumentException("The v1 change feed has no startTime or endTime; page by sequence number (Offset) instead.", nameof(options));
        }
        using var response = await SendAsync(token => Api.GetChangeFeedAsync(options.Offset, options.Limit, options.StartTime, options.EndTime, options.IncludeMetadata, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return [];
        }
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var entries = ChangeFeedReader.ReadPage(body.Span, response);
        DicomWebClientLog.ChangeFeed(_logger, entries.Count, options.Offset);
        return entries;
    }

    /// <summary>
    /// The change feed from <see cref="ChangeFeedOptions.Offset"/> to its end, paged automatically. v2 advances the
    /// offset by the events received and stops at an empty page (a short page may be a capped one); v1 starts each page after the last sequence received (after
    /// the range when a page is empty; a v1 page can be short while more follow) and stops at the latest event's sequence, read once at the start.
    /// </summary>
    /// <param name="options">Where to start and the page size (<see cref="DicomWebClientOptions.PageSize"/> when null).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="DicomWebException">A page was answered with an unsuccessful status, was too large, unreadable, or did not come.</exception>
    public async IAsyncEnumerable<ChangeFeedEntry> ReadChangeFeedAsync(ChangeFeedOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ChangeFeedOptions();
        var isV1 = _options.ChangeFeedVersion == ChangeFeedVersion.V1;
        var limit = options.Limit ?? Math.Min(_options.PageSize, isV1 ? 100 : 200);
        var offset = options.Offset ?? 0;
        long? lastSequence = null;
        if (isV1)
        {
            lastSequence = (await GetLatestChangeAsync(includeMetadata: false, cancellationToken).ConfigureAwait(false))?.Sequence ?? 0;
        }
        while (true)
        {
            var page = await GetChangeFeedAsync(options with { Offset = offset, Limit = limit }, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                yield return entry;
            }
            if (isV1)
            {
                // Past the last sequence received, not by the limit: a service that caps its pages below the range asked
                // for would otherwise skip what it left out. Gaps cost nothing: the next range starts after them.
                offset = page.Count > 0 ? page.Max(e => e.Sequence) : offset + limit;
                if (offset >= lastSequence)
                {
                    yield break;
                }
            }
            else
            {
                // A short page is no proof of the end (a service may cap its pages, as for QIDO-RS): only an empty one is.
                if (page.Count == 0)
                {
                    yield break;
                }
                offset += page.Count;
            }
        }
    }

    /// <summary>
    /// The newest change event (<c>GET changefeed/latest</c>), or null when the feed is empty (the service answers an
    /// empty body, JSON null, or an object without a Sequence).
    /// </summary>
    /// <param name="includeMetadata">Whether the entry carries the instance's DICOM JSON; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="DicomWebException">The server answered an unsuccessful status.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The answer is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer is not a JSON change-feed entry.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<ChangeFeedEntry?> GetLatestChangeAsync(bool? includeMetadata = null, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(token => Api.GetLatestChangeAsync(includeMetadata, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return ChangeFeedReader.ReadLatest(body.Span, response);
    }
}

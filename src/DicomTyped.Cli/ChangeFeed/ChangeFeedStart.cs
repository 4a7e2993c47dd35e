using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;

namespace DicomTyped.Cli.ChangeFeed;

/// <summary>
/// Where a v2 change feed holds its first entry at or after a sequence number. v2's offset counts entries, not
/// sequence numbers, and sequences may have gaps (Azure's identity column skips after rollbacks and restarts), so
/// <c>from - 1</c> can skip entries the user asked for. Sequences increase strictly from 1, so the entry at offset
/// <c>i</c> has a sequence of at least <c>i + 1</c>: the wanted offset lies in <c>[0, from - 1]</c> and a binary
/// search with one-entry pages finds it in about log2(from) requests, however long the feed.
/// </summary>
internal static class ChangeFeedStart
{
    /// <summary>The offset of the first entry whose sequence is <paramref name="from"/> or more (the feed's length when none is).</summary>
    public static async Task<long> FindV2OffsetAsync(DicomWebClient client, long from, CancellationToken cancellationToken)
    {
        var low = 0L;
        var high = from - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var page = await client.GetChangeFeedAsync(new ChangeFeedOptions { Offset = middle, Limit = 1, IncludeMetadata = false }, cancellationToken).ConfigureAwait(false);
            if (page.Count > 0 && page[0].Sequence < from)
            {
                low = middle + 1;
            }
            else
            {
                // At or past from, or past the end of the feed: the answer is here or before.
                high = middle;
            }
        }
        return low;
    }
}

using System.Collections.Generic;

namespace DicomTyped.Client;

/// <summary>One page of QIDO-RS matches.</summary>
/// <typeparam name="TMatch">The match record.</typeparam>
/// <param name="Items">The matches of this page (empty for 204 or <c>[]</c>), after any client-side filter.</param>
/// <param name="Offset">The offset this page was asked for with (0 when none was sent).</param>
/// <param name="Limit">The limit this page was asked for with, or null when none was sent.</param>
/// <param name="RemainingCount">
/// How many more matches the server said can be requested (<c>Warning: 299 … There are {n} additional results</c>),
/// or null when it did not say.
/// </param>
/// <param name="Warnings">Every Warning header of the response, verbatim (for example that fuzzy matching was not supported).</param>
public sealed record QidoPage<TMatch>(
    IReadOnlyList<TMatch> Items,
    int Offset,
    int? Limit,
    long? RemainingCount,
    IReadOnlyList<string> Warnings)
{
    private readonly int? _receivedCount;

    /// <summary>
    /// How many matches the server sent in this page, before the client-side filter of
    /// <see cref="DicomTyped.Query.QidoRequest.ClientFilters"/>; the next page starts at <see cref="Offset"/> plus this.
    /// Equals <c>Items.Count</c> when there was no filter.
    /// </summary>
    public int ReceivedCount
    {
        get => _receivedCount ?? Items.Count;
        init => _receivedCount = value;
    }

    /// <summary>
    /// True when more matches may follow. When the server said how many remain, that count decides. When it did not, only
    /// an empty page ends the results: a server may cap its pages below the limit asked for (the
    /// standard's limit is a maximum), so a short page is no proof of the end and the next offset must be asked (as the Python dicomweb-client does).
    /// </summary>
    public bool HasMore => RemainingCount is { } remaining ? remaining > 0 && ReceivedCount > 0 : ReceivedCount > 0;
}

using System.Collections.Generic;

namespace DicomTyped.Client;

/// <summary>One page of QIDO-RS matches.</summary>
/// <typeparam name="TMatch">The match record.</typeparam>
/// <param name="Items">The matches of this page (empty for 204 or <c>[]</c>).</param>
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
    /// <summary>
    /// True when more matches may follow: the server said so, or (when it said nothing) the page came back full.
    /// </summary>
    public bool HasMore => RemainingCount is { } remaining ? remaining > 0 : Limit is { } limit && Items.Count >= limit && Items.Count > 0;
}

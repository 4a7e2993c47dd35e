using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// The added tags as searches see them: a snapshot read from the index after every change (add, delete, query status,
/// Ready), before the change is answered, so a client that saw the change then searches sees it too.
/// </summary>
internal sealed class ExtendedQueryTagRegistry(IExtendedQueryTagIndex index)
{
    private volatile IReadOnlyDictionary<uint, ExtendedQueryTag> _tags = new Dictionary<uint, ExtendedQueryTag>();

    /// <summary>The tags by tag number.</summary>
    public IReadOnlyDictionary<uint, ExtendedQueryTag> Tags => _tags;

    /// <summary>Reads the tags again.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var all = await index.GetExtendedQueryTagsAsync(int.MaxValue, 0, cancellationToken).ConfigureAwait(false);
        _tags = all.ToDictionary(t => t.Tag);
    }
}

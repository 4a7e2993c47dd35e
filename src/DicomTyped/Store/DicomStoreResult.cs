using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace DicomTyped.Client;

/// <summary>The typed store response: which instances were stored, which failed and why.</summary>
/// <param name="HttpStatus">The HTTP status the server answered (200, 202, 204 or 409).</param>
/// <param name="RetrieveUrl">RetrieveURL (0008,1190) of the response: the study's URL when a study route was used.</param>
/// <param name="Stored">ReferencedSOPSequence: the stored instances.</param>
/// <param name="Failed">FailedSOPSequence: the instances not stored.</param>
/// <param name="Warnings">Warning headers of the response (PS3.18 8.3.5.1), verbatim.</param>
public sealed record DicomStoreResult(
    HttpStatusCode HttpStatus,
    string? RetrieveUrl,
    IReadOnlyList<StoredInstance> Stored,
    IReadOnlyList<FailedInstance> Failed,
    IReadOnlyList<string> Warnings)
{
    /// <summary>What was achieved, from <see cref="HttpStatus"/>.</summary>
    public DicomStoreStatus Status => HttpStatus switch
    {
        HttpStatusCode.OK => DicomStoreStatus.Stored,
        HttpStatusCode.NoContent => DicomStoreStatus.Empty,
        HttpStatusCode.Conflict => DicomStoreStatus.NothingStored,
        _ => DicomStoreStatus.PartiallyStored,
    };

    /// <summary>True when every instance sent was stored (200 with no failure).</summary>
    public bool AllStored => Status == DicomStoreStatus.Stored && Failed.Count == 0;

    /// <summary>Stored instances that carry a WarningReason.</summary>
    public IEnumerable<StoredInstance> StoredWithWarnings => Stored.Where(s => s.WarningReasonCode is not null);
}

using System.Collections.Generic;
using System.Linq;
using DicomTyped.Profiles.AzureDicomV2;
using DicomTyped.Query;

namespace DicomTyped.Server.Search;

/// <summary>
/// The QIDO-RS rules the server enforces: those the generator emitted from <c>spec/profiles/azure-dicom-v2.profile</c>,
/// the same file the client's typed builders come from, so the two cannot drift apart.
/// </summary>
internal static class ServerProfile
{
    public static QidoProfileRules Rules => QidoSearchRules.Rules;

    /// <summary>Each attribute of the profile by tag.</summary>
    public static IReadOnlyDictionary<uint, QidoAttributeRule> ByTag { get; } = Rules.Attributes.ToDictionary(a => a.Tag);

    /// <summary>The attributes stored for each level (everything the profile lists but the computed ones).</summary>
    public static IReadOnlyList<QidoAttributeRule> StoredAt(QidoLevel level) =>
        level switch
        {
            QidoLevel.Study => s_study,
            QidoLevel.Series => s_series,
            _ => s_instance,
        };

    /// <summary>The attributes that can be matched on at some route.</summary>
    public static IReadOnlyList<QidoAttributeRule> Searchable { get; } = Rules.Attributes.Where(a => a.SearchableOn != QidoRoutes.None).ToList();

    private static readonly IReadOnlyList<QidoAttributeRule> s_study = Stored(QidoLevel.Study);
    private static readonly IReadOnlyList<QidoAttributeRule> s_series = Stored(QidoLevel.Series);
    private static readonly IReadOnlyList<QidoAttributeRule> s_instance = Stored(QidoLevel.Instance);

    private static List<QidoAttributeRule> Stored(QidoLevel level) =>
        Rules.Attributes.Where(a => a.Level == level && a.Returned != QidoReturn.Computed).ToList();
}

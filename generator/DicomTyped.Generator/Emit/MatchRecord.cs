using System.Collections.Generic;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>A record the profile gets: a match type per level, and the instance metadata type; which attributes it types.</summary>
internal sealed class MatchRecord
{
    private MatchRecord(string name, string summary, QueryLevel[] levels)
    {
        Name = name;
        Summary = summary;
        Levels = levels;
    }

    public string Name { get; }

    public string Summary { get; }

    public QueryLevel[] Levels { get; }

    public static readonly IReadOnlyList<MatchRecord> All =
    [
        new("StudyMatch", "A study that a QIDO-RS search matched", [QueryLevel.Study]),
        new("SeriesMatch", "A series that a QIDO-RS search matched, with the study attributes the all-series route adds", [QueryLevel.Study, QueryLevel.Series]),
        new("InstanceMatch", "An instance that a QIDO-RS search matched, with the study and series attributes the all-instances route adds", [QueryLevel.Study, QueryLevel.Series, QueryLevel.Instance]),
        new("InstanceMetadata", "The metadata of one instance from a WADO-RS <c>/metadata</c> response", [QueryLevel.Study, QueryLevel.Series, QueryLevel.Instance]),
    ];

    /// <summary>The attributes typed as properties: those of the record's levels that have a C# shape, each tag once.</summary>
    public List<ProfileAttributeModel> TypedAttributes(ProfileModel profile)
    {
        var list = new List<ProfileAttributeModel>();
        var seen = new HashSet<uint>();
        foreach (var a in profile.Attributes)
        {
            if (System.Array.IndexOf(Levels, a.Level) >= 0 && VrTypes.Property(a.Vr) is not null && seen.Add(a.Tag))
            {
                list.Add(a);
            }
        }
        return list;
    }
}

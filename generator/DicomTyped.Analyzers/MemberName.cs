using System;
using DicomTyped.Generator.Model;

namespace DicomTyped.Analyzers;

/// <summary>
/// The generated match method names: the keyword for single value matching, then <c>Fuzzy</c>, <c>Wildcard</c>,
/// <c>Between</c>/<c>From</c>/<c>Until</c> (range) and <c>In</c> (UID list) after it (QueryMethodEmitter).
/// </summary>
internal static class MemberName
{
    private static readonly (string Suffix, MatchKinds Kind)[] s_suffixes =
    [
        ("Fuzzy", MatchKinds.Fuzzy), ("Wildcard", MatchKinds.Wildcard), ("Between", MatchKinds.Range),
        ("From", MatchKinds.Range), ("Until", MatchKinds.Range), ("In", MatchKinds.UidList),
    ];

    /// <summary>The keyword and matching kind a member name stands for; the whole name when no known keyword ends it.</summary>
    public static (string Keyword, MatchKinds Kind) Split(string name, Func<string, bool> isKeyword)
    {
        if (isKeyword(name))
        {
            return (name, MatchKinds.Exact);
        }
        foreach (var (suffix, kind) in s_suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && isKeyword(name.Substring(0, name.Length - suffix.Length)))
            {
                return (name.Substring(0, name.Length - suffix.Length), kind);
            }
        }
        return (name, MatchKinds.Exact);
    }

    /// <summary>The suffix of the first method of a kind (empty for exact).</summary>
    public static string Suffix(MatchKinds kind)
    {
        foreach (var (suffix, k) in s_suffixes)
        {
            if (k == kind)
            {
                return suffix;
            }
        }
        return "";
    }

    /// <summary>The matching kind as the profile format and PS3.4 C.2.2.2 name it.</summary>
    public static string Describe(MatchKinds kind) => kind switch
    {
        MatchKinds.Exact => "single value",
        MatchKinds.Range => "range",
        MatchKinds.Fuzzy => "fuzzy",
        MatchKinds.Wildcard => "wildcard",
        MatchKinds.UidList => "UID list",
        _ => kind.ToString(),
    };
}

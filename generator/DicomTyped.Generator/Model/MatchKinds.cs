using System;

namespace DicomTyped.Generator.Model;

/// <summary>How a searchable attribute may be matched (PS3.18 8.3.4, PS3.4 C.2.2.2).</summary>
[Flags]
internal enum MatchKinds
{
    None = 0,
    /// <summary><c>exact</c>: single value matching.</summary>
    Exact = 1,
    /// <summary><c>range</c>: <c>a-b</c>, <c>a-</c>, <c>-b</c> for DA, TM, DT.</summary>
    Range = 2,
    /// <summary><c>fuzzy</c>: <c>fuzzymatching=true</c> semantics for PN.</summary>
    Fuzzy = 4,
    /// <summary><c>wildcard</c>: <c>*</c> and <c>?</c> in string values.</summary>
    Wildcard = 8,
    /// <summary><c>list</c>: a comma-separated list of UIDs.</summary>
    UidList = 16,
}

using System.ComponentModel;

namespace DicomTyped.Query;

/// <summary>How a free-text QIDO-RS value is matched (PS3.4 C.2.2.2), which decides how it may be rewritten for a server that does not percent-decode.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum QidoTextMatch
{
    /// <summary>Single value matching: the value as is.</summary>
    Exact,

    /// <summary>Wild card matching: <c>*</c> any run of characters, <c>?</c> one character.</summary>
    Wildcard,

    /// <summary>Fuzzy person-name matching (<c>fuzzymatching=true</c>), with the server's own rules.</summary>
    Fuzzy,
}

namespace DicomTyped.Generator.Model;

/// <summary>When a server returns an attribute in a QIDO-RS match.</summary>
internal enum ReturnKind
{
    /// <summary><c>-</c>: only when it was matched on or named by includefield.</summary>
    OnRequest,
    /// <summary><c>default</c>: always.</summary>
    Default,
    /// <summary><c>all</c>: with <c>includefield=all</c>.</summary>
    IncludeAll,
    /// <summary><c>computed</c>: computed by the server (e.g. NumberOfStudyRelatedInstances), returned with includefield.</summary>
    Computed,
}

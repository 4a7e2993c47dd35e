namespace DicomTyped.Multipart;

/// <summary>What the bytes at a candidate delimiter turned out to be.</summary>
internal enum DelimiterMatch
{
    /// <summary>Body bytes that merely look like a delimiter (e.g. <c>--boundaryX</c>), or none found yet.</summary>
    None,

    /// <summary><c>--boundary</c> ending its line: another part follows.</summary>
    Delimiter,

    /// <summary><c>--boundary--</c>: the last part has ended; what follows is epilogue.</summary>
    CloseDelimiter,

    /// <summary>The window ends before the candidate can be decided.</summary>
    NeedMoreData,
}

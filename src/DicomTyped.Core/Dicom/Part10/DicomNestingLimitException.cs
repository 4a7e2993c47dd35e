namespace DicomTyped.Dicom.Part10;

/// <summary>Sequences are nested deeper than <see cref="DicomReadOptions.MaxNestingDepth"/>.</summary>
public sealed class DicomNestingLimitException : DicomParseException
{
    /// <summary>Creates the exception.</summary>
    public DicomNestingLimitException(int limit, long offset, DicomTag? tag)
        : base($"Sequences are nested deeper than the limit {nameof(DicomReadOptions)}.{nameof(DicomReadOptions.MaxNestingDepth)} = {limit}", offset, tag)
    {
        Limit = limit;
    }

    /// <summary>The nesting limit that was exceeded.</summary>
    public int Limit { get; }
}

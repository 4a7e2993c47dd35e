namespace DicomTyped.Dicom.Part10;

/// <summary>A fault the reader read through (see <see cref="DicomReadOptions.Strict"/>): where it was and what was wrong.</summary>
/// <param name="Tag">The element being read, when there was one.</param>
/// <param name="Offset">The byte offset of the fault (in the data as parsed: after inflation for deflated data sets).</param>
/// <param name="Problem">What was wrong and what the reader did about it.</param>
public sealed record DicomReadWarning(DicomTag? Tag, long Offset, string Problem)
{
    /// <summary>The problem with its element and offset, worded as <see cref="DicomParseException"/> words its message.</summary>
    public override string ToString() => DicomParseException.Describe(Problem, Offset, Tag);
}

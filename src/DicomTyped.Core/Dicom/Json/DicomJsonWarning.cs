namespace DicomTyped.Dicom.Json;

/// <summary>
/// A value a generated record could not type (see <see cref="DicomJsonRules"/>, rule 10): its property is null, the
/// attribute as sent is kept in the record's <c>OtherAttributes</c>, and this says which attribute, what was sent and why.
/// </summary>
/// <param name="Tag">The attribute.</param>
/// <param name="Value">The value as sent (JSON text of a string or number, cut at <see cref="DicomJsonRules.MaxQuotedLength"/> characters), or the JSON token's type for other tokens.</param>
/// <param name="Problem">Why it could not be typed, e.g. <c>not a TM value (HH[MM[SS[.FFFFFF]]])</c>.</param>
public sealed record DicomJsonWarning(DicomTag Tag, string Value, string Problem)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var keyword = DicomDictionary.Find(Tag)?.Keyword;
        return keyword is null ? $"{Tag}: '{Value}' is {Problem}" : $"{Tag} {keyword}: '{Value}' is {Problem}";
    }
}

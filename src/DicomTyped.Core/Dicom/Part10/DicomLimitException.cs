namespace DicomTyped.Dicom.Part10;

/// <summary>
/// The input asks for more than a limit of <see cref="DicomReadOptions"/> allows (one value, the total held in
/// memory, or the inflated size of a deflated data set); thrown before the memory is spent.
/// </summary>
public sealed class DicomLimitException : DicomParseException
{
    /// <summary>Creates the exception; the message names the option and its value.</summary>
    public DicomLimitException(string limitName, long limit, string problem, long offset, DicomTag? tag)
        : base($"{problem}: past the limit {nameof(DicomReadOptions)}.{limitName} = {limit} bytes", offset, tag)
    {
        LimitName = limitName;
        Limit = limit;
    }

    /// <summary>The name of the <see cref="DicomReadOptions"/> property whose limit was reached.</summary>
    public string LimitName { get; }

    /// <summary>The value of that limit, in bytes.</summary>
    public long Limit { get; }
}

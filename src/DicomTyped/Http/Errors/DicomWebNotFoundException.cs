namespace DicomTyped.Http;

/// <summary>404 Not Found: the study, series, instance, frame or route does not exist (or rendering found no pixel data).</summary>
public sealed class DicomWebNotFoundException : DicomWebException
{
    /// <summary>Creates the exception from what the response said.</summary>
    /// <param name="error">The status, server message and request ids.</param>
    public DicomWebNotFoundException(DicomWebError error)
        : base(error)
    {
    }
}

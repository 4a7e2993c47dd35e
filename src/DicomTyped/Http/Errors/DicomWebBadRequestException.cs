namespace DicomTyped.Http;

/// <summary>400 Bad Request: a malformed UID, query, frame list or body.</summary>
public sealed class DicomWebBadRequestException : DicomWebException
{
    /// <summary>Creates the exception from what the response said.</summary>
    /// <param name="error">The status, server message and request ids.</param>
    public DicomWebBadRequestException(DicomWebError error)
        : base(error)
    {
    }
}

namespace DicomTyped.Http;

/// <summary>401 Unauthorized or 403 Forbidden: the token is missing, expired, for another resource, or lacks the DICOM data role.</summary>
public sealed class DicomWebAuthorizationException : DicomWebException
{
    /// <summary>Creates the exception from what the response said.</summary>
    /// <param name="error">The status, server message and request ids.</param>
    public DicomWebAuthorizationException(DicomWebError error)
        : base(error)
    {
    }
}

namespace DicomTyped.Http;

/// <summary>409 Conflict: nothing was stored, for example because every instance was already there (FailureReason 45070).</summary>
public sealed class DicomWebConflictException : DicomWebException
{
    /// <summary>Creates the exception from what the response said.</summary>
    /// <param name="error">The status, server message and request ids.</param>
    public DicomWebConflictException(DicomWebError error)
        : base(error)
    {
    }
}

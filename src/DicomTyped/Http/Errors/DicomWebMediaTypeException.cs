namespace DicomTyped.Http;

/// <summary>406 Not Acceptable or 415 Unsupported Media Type: the server cannot produce the Accept header's media type or transfer syntax, or cannot read the request's Content-Type.</summary>
public sealed class DicomWebMediaTypeException : DicomWebException
{
    /// <summary>Creates the exception from what the response said.</summary>
    /// <param name="error">The status, server message and request ids.</param>
    public DicomWebMediaTypeException(DicomWebError error)
        : base(error)
    {
    }
}

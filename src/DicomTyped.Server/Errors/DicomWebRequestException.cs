using System;

namespace DicomTyped.Server.Errors;

/// <summary>
/// A request the server refuses, with the HTTP status it is answered with and a message naming what was wrong
/// (for example 400 for a route UID outside the UID syntax, 404 for a missing study, 406 for an Accept it cannot meet).
/// </summary>
public sealed class DicomWebRequestException : DicomTypedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status code of the answer (4xx).</param>
    /// <param name="message">What was wrong, for the response body.</param>
    public DicomWebRequestException(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="statusCode">The HTTP status code of the answer (4xx).</param>
    /// <param name="message">What was wrong, for the response body.</param>
    /// <param name="innerException">The cause.</param>
    public DicomWebRequestException(int statusCode, string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code of the answer.</summary>
    public int StatusCode { get; }

    internal static DicomWebRequestException BadRequest(string message) => new(400, message);

    internal static DicomWebRequestException NotFound(string message) => new(404, message);

    internal static DicomWebRequestException NotAcceptable(string message) => new(406, message);

    internal static DicomWebRequestException UnsupportedMediaType(string message) => new(415, message);
}

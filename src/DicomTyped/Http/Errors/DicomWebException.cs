using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace DicomTyped.Http;

/// <summary>
/// A DICOMweb request failed: an unsuccessful status (subclasses name the statuses callers usually handle apart), no
/// answer at all (<see cref="DicomWebTransportException"/>), an answer past a limit of <c>DicomWebClientOptions</c>
/// (<see cref="DicomWebResponseTooLargeException"/>) or an answer the client cannot read
/// (<see cref="DicomWebInvalidResponseException"/>). Server text quoted in the message, <see cref="ServerMessage"/> and
/// <see cref="RequestIds"/> has the request's bearer token replaced by <c>[redacted]</c>.
/// </summary>
public class DicomWebException : DicomTypedException
{
    /// <summary>Creates the exception from what the response said.</summary>
    /// <param name="error">The status, server message and request ids.</param>
    public DicomWebException(DicomWebError error)
        : base(Describe(error))
    {
        Error = error;
    }

    /// <summary>Creates the exception with its own message, for failures that are not a status.</summary>
    /// <param name="error">What is known of the exchange (<see cref="DicomWebError.StatusCode"/> is 0 when no response arrived).</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    protected DicomWebException(DicomWebError error, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Everything known about the failure.</summary>
    public DicomWebError Error { get; }

    /// <summary>The HTTP status; 0 when no response arrived (<see cref="DicomWebTransportException"/>).</summary>
    public HttpStatusCode StatusCode => Error.StatusCode;

    /// <summary>The server's explanation, or null.</summary>
    public string? ServerMessage => Error.ServerMessage;

    /// <summary>FailureReason values of a store response (for example 45070: already stored).</summary>
    public IReadOnlyList<ushort> FailureReasons => Error.FailureReasons;

    /// <summary>Correlation headers to quote when asking the service operator.</summary>
    public IReadOnlyDictionary<string, string> RequestIds => Error.RequestIds;

    /// <summary>The exception type that fits <paramref name="error"/>'s status.</summary>
    /// <param name="error">The failure.</param>
    public static DicomWebException For(DicomWebError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.StatusCode switch
        {
            HttpStatusCode.BadRequest => new DicomWebBadRequestException(error),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new DicomWebAuthorizationException(error),
            HttpStatusCode.NotFound => new DicomWebNotFoundException(error),
            HttpStatusCode.Conflict => new DicomWebConflictException(error),
            HttpStatusCode.NotAcceptable or HttpStatusCode.UnsupportedMediaType => new DicomWebMediaTypeException(error),
            _ => new DicomWebException(error),
        };
    }

    /// <summary>"DICOMweb GET /v2/studies/1.2.3" (or "DICOMweb request" when neither is known): the start of every message.</summary>
    internal static string Describe(string? method, string? requestPath)
    {
        var text = new StringBuilder("DICOMweb ");
        text.Append(method ?? "request");
        if (requestPath is not null)
        {
            text.Append(' ').Append(requestPath);
        }
        return text.ToString();
    }

    private static string Describe(DicomWebError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = new StringBuilder("DICOMweb ");
        if (error.Method is not null)
        {
            text.Append(error.Method).Append(' ');
        }
        if (error.RequestPath is not null)
        {
            text.Append(error.RequestPath).Append(' ');
        }
        text.Append("failed: ").Append((int)error.StatusCode);
        if (!string.IsNullOrWhiteSpace(error.ReasonPhrase))
        {
            text.Append(' ').Append(error.ReasonPhrase);
        }
        text.Append('.');
        if (error.ServerMessage is not null)
        {
            text.Append(" Server said: ").Append(error.ServerMessage);
            if (!error.ServerMessage.EndsWith('.'))
            {
                text.Append('.');
            }
        }
        if (error.RequestIds.Count > 0)
        {
            text.Append(' ').Append(string.Join(", ", error.RequestIds.Select(id => $"{id.Key}: {id.Value}")));
        }
        return text.ToString();
    }
}

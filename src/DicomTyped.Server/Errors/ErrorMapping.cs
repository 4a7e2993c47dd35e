using System;
using System.IO;
using DicomTyped.Dicom.Charsets;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Multipart;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Errors;

/// <summary>The one place that turns an exception into an HTTP status: every endpoint's failures pass through here.</summary>
internal static class ErrorMapping
{
    public static int StatusCodeOf(Exception exception) => exception switch
    {
        DicomWebRequestException request => request.StatusCode,
        // Request bodies: Kestrel's own limits (413 above MaxRequestBodySize) and malformed framing.
        BadHttpRequestException badRequest => badRequest.StatusCode,
        MultipartException => StatusCodes.Status400BadRequest,
        DicomParseException => StatusCodes.Status400BadRequest,
        DicomCharacterSetException => StatusCodes.Status400BadRequest,
        DicomJsonException => StatusCodes.Status400BadRequest,
        DicomTypedException => StatusCodes.Status400BadRequest,
        // A client that went away: nobody reads the answer; 499 is what the logs show.
        OperationCanceledException => 499,
        IOException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The body text: the message for what the client did wrong; nothing internal for server faults.</summary>
    public static string MessageOf(Exception exception, int statusCode) =>
        statusCode >= 500 ? "The server failed to process the request." : exception.Message;

    /// <summary>An error answer: status and a plain-text message.</summary>
    public static IResult ToResult(Exception exception)
    {
        var status = StatusCodeOf(exception);
        return Results.Text(MessageOf(exception, status), "text/plain; charset=utf-8", statusCode: status);
    }
}

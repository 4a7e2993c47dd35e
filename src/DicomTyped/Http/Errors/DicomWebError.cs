using System.Collections.Generic;
using System.Net;

namespace DicomTyped.Http;

/// <summary>
/// What a failed DICOMweb response said, gathered for <see cref="DicomWebException"/>. It holds an allow-list of
/// correlation headers only, never the Authorization header, and the request path without its query (which may
/// name a patient).
/// </summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ReasonPhrase">The HTTP reason phrase, if the server sent one.</param>
/// <param name="Method">The request method, such as GET.</param>
/// <param name="RequestPath">The request path without query, such as <c>/v2/studies/1.2.3</c>.</param>
/// <param name="ServerMessage">The server's explanation, read from a text, JSON or DICOM JSON body; null when there was none.</param>
/// <param name="FailureReasons">FailureReason (0008,1197) values of a store response, in order; empty otherwise.</param>
/// <param name="RequestIds">Correlation headers such as <c>x-ms-request-id</c>, to quote to the service operator.</param>
public sealed record DicomWebError(
    HttpStatusCode StatusCode,
    string? ReasonPhrase,
    string? Method,
    string? RequestPath,
    string? ServerMessage,
    IReadOnlyList<ushort> FailureReasons,
    IReadOnlyDictionary<string, string> RequestIds);

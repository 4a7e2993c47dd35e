using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;
using Xunit;

namespace DicomTyped.Tests.Http;

/// <summary>Error parsing from canned responses; no server involved.</summary>
public class DicomWebErrorTests
{
    private static HttpResponseMessage Response(HttpStatusCode status, string? body, string? contentType = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://ws-svc.dicom.azurehealthcareapis.com/v2/studies?PatientName=DOE^JOHN");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer top-secret-token");
        request.Headers.TryAddWithoutValidation("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if (body is not null)
        {
            response.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        response.Headers.TryAddWithoutValidation("x-ms-request-id", "req-42");
        response.Headers.TryAddWithoutValidation("WWW-Authenticate", "Bearer authorization_uri=\"x\"");
        return response;
    }

    private static async Task<DicomWebException> FailAsync(HttpResponseMessage response) =>
        await Assert.ThrowsAnyAsync<DicomWebException>(() => response.EnsureDicomWebSuccessAsync(CancellationToken.None));

    [Fact]
    public async Task Success_passes_the_response_through()
    {
        using var response = Response(HttpStatusCode.OK, "[]");
        Assert.Same(response, await response.EnsureDicomWebSuccessAsync(CancellationToken.None));
        using var notModified = Response(HttpStatusCode.NotModified, null);
        Assert.Same(notModified, await notModified.EnsureDicomWebSuccessAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Azure_json_error_gives_code_and_message()
    {
        var error = await FailAsync(Response(HttpStatusCode.BadRequest, """{"error":{"code":"BadRequest","message":"The query parameter 'limit' is invalid."}}""", "application/json"));
        Assert.IsType<DicomWebBadRequestException>(error);
        Assert.Equal("BadRequest: The query parameter 'limit' is invalid.", error.ServerMessage);
        Assert.Contains("400", error.Message);
        Assert.Contains("BadRequest: The query parameter 'limit' is invalid.", error.Message);
    }

    [Fact]
    public async Task Plain_text_without_content_type_is_the_message()
    {
        // Orthanc sends error bodies without a Content-Type.
        var error = await FailAsync(Response(HttpStatusCode.NotFound, "  Unknown resource\n  with spaces  "));
        Assert.IsType<DicomWebNotFoundException>(error);
        Assert.Equal("Unknown resource with spaces", error.ServerMessage);
    }

    [Fact]
    public async Task Orthanc_json_error_gives_message_and_details()
    {
        var error = await FailAsync(Response(HttpStatusCode.BadRequest, """{ "Details" : "Cannot parse an invalid DICOM file (size: 3 bytes)", "HttpError" : "Bad Request", "HttpStatus" : 400, "Message" : "Bad file format", "Method" : "POST", "OrthancError" : "Bad file format", "OrthancStatus" : 15, "Uri" : "/dicom-web/studies" }"""));
        Assert.Equal("Bad file format: Cannot parse an invalid DICOM file (size: 3 bytes)", error.ServerMessage);
    }

    [Fact]
    public async Task Problem_details_give_title_and_detail()
    {
        var error = await FailAsync(Response(HttpStatusCode.UnsupportedMediaType, """{"type":"about:blank","title":"Unsupported Media Type","status":415,"detail":"text/plain is not supported"}""", "application/problem+json"));
        Assert.IsType<DicomWebMediaTypeException>(error);
        Assert.Equal("Unsupported Media Type: text/plain is not supported", error.ServerMessage);
    }

    [Fact]
    public async Task Dicom_json_store_response_gives_failure_reasons_and_error_comments()
    {
        const string body = """
        {
          "00081190": { "vr": "UR", "Value": ["https://host/v2/studies/1.2.3"] },
          "00081198": { "vr": "SQ", "Value": [
            { "00081150": { "vr": "UI", "Value": ["1.2.840.10008.5.1.4.1.1.7"] },
              "00081155": { "vr": "UI", "Value": ["1.2.3.4"] },
              "00081197": { "vr": "US", "Value": [45070] } },
            { "00081155": { "vr": "UI", "Value": ["1.2.3.5"] },
              "00081197": { "vr": "US", "Value": [43264] },
              "00741048": { "vr": "SQ", "Value": [ { "00000902": { "vr": "LO", "Value": ["PatientID is missing"] } } ] } }
          ] }
        }
        """;
        var error = await FailAsync(Response(HttpStatusCode.Conflict, body, "application/dicom+json"));
        var conflict = Assert.IsType<DicomWebConflictException>(error);
        Assert.Equal(new ushort[] { 45070, 43264 }, conflict.FailureReasons);
        Assert.Equal("FailureReason 45070 (instance already stored) for 1.2.3.4; FailureReason 43264 (validation failed) for 1.2.3.5 (PatientID is missing)", conflict.ServerMessage);
    }

    [Fact]
    public async Task Dicom_json_array_with_a_top_level_error_comment()
    {
        var error = await FailAsync(Response(HttpStatusCode.Forbidden, """[{"00000902":{"vr":"LO","Value":["Caller lacks the DICOM Data Owner role"]}}]"""));
        Assert.IsType<DicomWebAuthorizationException>(error);
        Assert.Equal("Caller lacks the DICOM Data Owner role", error.ServerMessage);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(DicomWebAuthorizationException))]
    [InlineData(HttpStatusCode.NotAcceptable, typeof(DicomWebMediaTypeException))]
    [InlineData(HttpStatusCode.MethodNotAllowed, typeof(DicomWebException))]
    [InlineData(HttpStatusCode.ServiceUnavailable, typeof(DicomWebException))]
    public async Task Status_codes_map_to_exception_types(HttpStatusCode status, Type expected)
    {
        var error = await FailAsync(Response(status, null));
        Assert.Equal(expected, error.GetType());
        Assert.Null(error.ServerMessage);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task Request_ids_are_kept_and_the_token_and_query_never_appear()
    {
        var error = await FailAsync(Response(HttpStatusCode.InternalServerError, "boom"));
        Assert.Equal("req-42", error.RequestIds["x-ms-request-id"]);
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", error.RequestIds["traceparent"]);
        Assert.Equal(2, error.RequestIds.Count);
        Assert.Equal("/v2/studies", error.Error.RequestPath);
        Assert.Equal("POST", error.Error.Method);
        var everything = error.ToString() + string.Join(" ", error.RequestIds) + error.Error;
        Assert.DoesNotContain("top-secret-token", everything);
        Assert.DoesNotContain("DOE^JOHN", everything);
        Assert.StartsWith("DICOMweb POST /v2/studies failed: 500 Internal Server Error. Server said: boom.", error.Message);
    }

    [Fact]
    public async Task Long_bodies_are_cut()
    {
        var error = await FailAsync(Response(HttpStatusCode.BadGateway, "<html>" + new string('x', 200_000) + "</html>", "text/html"));
        Assert.Equal(1001, error.ServerMessage!.Length);
    }
}

using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Only documented exceptions, and no token in any of them: nothing listening, an echoed Authorization header, an
/// error body in a charset .NET refuses, store and change-feed answers that are not JSON, a missing file to store.
/// </summary>
public sealed class TransportAndSecretTests
{
    private const string Token = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXBheWxvYWQtdGhhdC1tdXN0LW5vdC1sZWFr.c2lnbmF0dXJl";
    private static CancellationToken Ct => CancellationToken.None;

    private static DicomWebClientOptions NoRetry => new() { MaxRetryAttempts = 0 };

    [Fact]
    public async Task Nothing_listening_is_a_DicomWebTransportException_naming_method_and_path_after_logged_retries()
    {
        var port = LoopbackPort.Free();
        var logger = new RecordingLogger();
        using var client = DicomWebClient.Create(new Uri($"http://127.0.0.1:{port}/v2/"), options: new DicomWebClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, logger: logger);

        var exception = await Assert.ThrowsAsync<DicomWebTransportException>(() => client.RetrieveStudyMetadataAsync(WalkThrough.Study, cancellationToken: Ct));

        Assert.Contains($"GET /v2/studies/{WalkThrough.Study}/metadata", exception.Message);
        Assert.Equal(4, exception.Attempts);
        Assert.Equal(0, (int)exception.StatusCode);
        Assert.Equal(["attempt 1 of 4", "attempt 2 of 4", "attempt 3 of 4"], logger.Lines.Where(l => l.Contains("retrying")).Select(l => l[(l.IndexOf("attempt", StringComparison.Ordinal))..][..14]).ToArray());
    }

    [Fact]
    public async Task A_store_to_nothing_listening_is_one_attempt_named_POST()
    {
        var port = LoopbackPort.Free();
        using var client = DicomWebClient.Create(new Uri($"http://127.0.0.1:{port}/"), options: new DicomWebClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(1) });
        var exception = await Assert.ThrowsAsync<DicomWebTransportException>(() => client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct));
        Assert.Equal(1, exception.Attempts);
        Assert.StartsWith("DICOMweb POST /studies got no answer", exception.Message);
    }

    [Fact]
    public async Task A_token_echoed_in_the_error_body_and_a_request_id_header_appears_nowhere()
    {
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.StatusCode = 401;
            context.Response.AddHeader("x-request-id", "req-" + context.Request.Headers["Authorization"]);
            var body = Encoding.UTF8.GetBytes("{\"error\":{\"code\":\"InvalidToken\",\"message\":\"Token rejected: " + context.Request.Headers["Authorization"] + "\"}}");
            await context.Response.OutputStream.WriteAsync(body);
        });
        var logger = new RecordingLogger();
        using var client = DicomWebClient.Create(server.Root, DicomWebAuthentication.BearerToken(Token), NoRetry, logger);

        var exception = await Assert.ThrowsAsync<DicomWebAuthorizationException>(() => client.GetChangeFeedAsync(cancellationToken: Ct));

        Assert.Equal("Bearer " + Token, server.Requests.Single().Authorization);
        Assert.Contains("Token rejected: Bearer [redacted]", exception.ServerMessage);
        Assert.Equal("req-Bearer [redacted]", exception.RequestIds["x-request-id"]);
        Assert.DoesNotContain(Token, exception.ToString());
        Assert.DoesNotContain(Token, exception.Error.ToString());
        Assert.NotEmpty(logger.Lines);
        Assert.All(logger.Lines, line => Assert.DoesNotContain(Token, line));
    }

    [Fact]
    public async Task A_token_cut_in_half_by_the_error_body_limit_leaves_no_part_of_itself()
    {
        const int Limit = 200;
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.StatusCode = 400;
            var prefix = new string('x', Limit - 20) + " ";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(prefix + context.Request.Headers["Authorization"]));
        });
        using var client = DicomWebClient.Create(server.Root, DicomWebAuthentication.BearerToken(Token), NoRetry with { MaxErrorBodyBytes = Limit });
        var exception = await Assert.ThrowsAsync<DicomWebBadRequestException>(() => client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.EndsWith("[redacted]", exception.ServerMessage);
        Assert.DoesNotContain(Token[..8], exception.ToString());
    }

    [Fact]
    public async Task An_error_body_declared_utf_7_is_read_as_utf_8_not_NotSupportedException()
    {
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.StatusCode = 503;
            context.Response.ContentType = "text/plain; charset=utf-7";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("Maintenance until 10:00"));
        });
        using var client = DicomWebClient.Create(server.Root, options: NoRetry);
        var exception = await Assert.ThrowsAsync<DicomWebException>(() => client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal("Maintenance until 10:00", exception.ServerMessage);
    }

    [Fact]
    public async Task A_store_answered_200_with_a_body_that_is_not_JSON_says_the_instances_may_be_stored()
    {
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/dicom+json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("<html>Stored!</html>"));
        });
        using var client = DicomWebClient.Create(server.Root, options: NoRetry);
        var exception = await Assert.ThrowsAsync<DicomWebInvalidResponseException>(() => client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Contains("may have been", exception.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_change_feed_page_that_is_not_JSON_is_a_DicomWebInvalidResponseException()
    {
        await using var server = new LoopbackServer(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("[{\"Sequence\":\"one\"}]"));
        });
        using var client = DicomWebClient.Create(server.Root, options: NoRetry);
        var exception = await Assert.ThrowsAsync<DicomWebInvalidResponseException>(() => client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.Contains("GET /changefeed", exception.Message);
    }

    [Fact]
    public async Task A_missing_file_to_store_names_its_path_and_sends_nothing()
    {
        await using var server = new LoopbackServer();
        using var client = DicomWebClient.Create(server.Root, options: NoRetry);
        var missing = Path.Combine(Path.GetTempPath(), "dicomtyped-no-such-" + Guid.NewGuid().ToString("N") + ".dcm");
        var exception = await Assert.ThrowsAsync<FileNotFoundException>(() => client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm"), missing], cancellationToken: Ct));
        Assert.Contains(missing, exception.Message);
        Assert.Equal(missing, exception.FileName);
        Assert.Empty(server.Requests);
    }

    /// <summary>Every formatted log line, as a logging provider would write it.</summary>
    internal sealed class RecordingLogger : ILogger<DicomWebClient>
    {
        public ConcurrentQueue<string> Queue { get; } = new();

        public string[] Lines => Queue.ToArray();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Queue.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}

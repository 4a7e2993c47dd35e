using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>Retries against a loopback HttpListener that answers 503 with Retry-After: 1 once, then succeeds.</summary>
public sealed class ResilienceTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static LoopbackServer BusyOnce(string successBody, string successContentType)
    {
        var calls = 0;
        return new LoopbackServer(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 503;
                context.Response.AddHeader("Retry-After", "1");
                return;
            }
            context.Response.StatusCode = 200;
            context.Response.ContentType = successContentType;
            var bytes = System.Text.Encoding.UTF8.GetBytes(successBody);
            await context.Response.OutputStream.WriteAsync(bytes);
        });
    }

    private static DicomWebClientOptions Fast(bool retryStore = false) => new() { RetryBaseDelay = TimeSpan.FromMilliseconds(10), RetryStore = retryStore };

    [Fact]
    public async Task Get_is_retried_after_503_honouring_retry_after()
    {
        await using var server = BusyOnce("[]", "application/json");
        using var client = DicomWebClient.Create(server.Root, options: Fast());
        var started = DateTime.UtcNow;
        Assert.Empty(await client.GetChangeFeedAsync(cancellationToken: Ct));
        Assert.Equal(2, server.Requests.Count);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was not waited for.");
    }

    [Fact]
    public async Task Store_is_not_retried_by_default()
    {
        await using var server = BusyOnce("{}", "application/dicom+json");
        using var client = DicomWebClient.Create(server.Root, options: Fast());
        var exception = await Assert.ThrowsAsync<DicomWebException>(() => client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Store_from_files_is_retried_when_opted_in_and_resends_the_whole_body()
    {
        await using var server = BusyOnce("{}", "application/dicom+json");
        using var client = DicomWebClient.Create(server.Root, options: Fast(retryStore: true));
        var result = await client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct);
        Assert.Equal(DicomStoreStatus.Stored, result.Status);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].Body.Length, requests[1].Body.Length);
        Assert.True(requests[1].Body.Length > 2_894_020);
    }

    [Fact]
    public async Task Dependency_injection_registers_the_client_with_retries_and_returns_the_builder()
    {
        await using var server = BusyOnce("[]", "application/json");
        var services = new ServiceCollection();
        services.AddLogging();
        var builder = services.AddDicomWebClient(server.Root, DicomWebAuthentication.BearerToken("di-token"), Fast());
        Assert.NotNull(builder);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<DicomWebClient>();
        Assert.Empty(await client.GetChangeFeedAsync(cancellationToken: Ct));
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r => Assert.Equal("Bearer di-token", r.Authorization));
    }

    [Fact]
    public async Task Dependency_injection_keeps_post_unretried_and_sends_searches_verbatim()
    {
        await using var server = BusyOnce("[]", "application/dicom+json");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDicomWebClient(server.Root, options: Fast());
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<DicomWebClient>();
        await Assert.ThrowsAsync<DicomWebException>(() => client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], cancellationToken: Ct));
        await client.SearchAsync(DicomTyped.Profiles.Orthanc.Qido.Studies().PatientName("DOE^JOHN"), Ct);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal("/studies?PatientName=DOE^JOHN", requests[1].RawUrl);
    }
}

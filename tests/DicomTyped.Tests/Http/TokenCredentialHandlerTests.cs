using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using DicomTyped.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DicomTyped.Tests.Http;

public class TokenCredentialHandlerTests
{
    /// <summary>Counts token requests; each token names its call number so tests can tell them apart.</summary>
    private sealed class CountingCredential(Func<int, AccessToken> issue, TimeSpan delay) : TokenCredential
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public string[]? LastScopes { get; private set; }

        public bool Fail { get; set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            LastScopes = requestContext.Scopes;
            // A slow identity endpoint widens the window in which concurrent requests would each start a refresh.
            await Task.Delay(delay, cancellationToken);
            if (Fail)
            {
                throw new InvalidOperationException("identity endpoint down");
            }
            return issue(call);
        }
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Fifty_concurrent_requests_share_one_token_request()
    {
        await using var server = new LoopbackServer();
        var credential = new CountingCredential(call => new AccessToken($"token-{call}", DateTimeOffset.UtcNow.AddHours(1)), TimeSpan.FromMilliseconds(200));
        using var client = DicomWebHttpClientFactory.Create(new Uri(server.Root, "v2"), DicomWebAuthentication.Credential(credential));
        var api = DicomWebRefit.For<IDicomWebChangeFeedApi>(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => api.GetChangeFeedAsync(null, null, null, null, null, CancellationToken.None))));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(1, credential.Calls);
        Assert.Equal(new[] { AzureDicomScopes.Default }, credential.LastScopes!);
        Assert.Equal(50, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }

    [Fact]
    public async Task Handlers_created_by_dependency_injection_share_one_token()
    {
        await using var server = new LoopbackServer();
        var credential = new CountingCredential(call => new AccessToken($"token-{call}", DateTimeOffset.UtcNow.AddHours(1)), TimeSpan.Zero);
        var services = new ServiceCollection();
        var authentication = DicomWebAuthentication.Credential(credential);
        services.AddDicomWebApi<IDicomWebChangeFeedApi>(new Uri(server.Root, "v2"), authentication);
        await using var provider = services.BuildServiceProvider();

        for (var i = 0; i < 3; i++)
        {
            var api = provider.GetRequiredService<IDicomWebChangeFeedApi>();
            (await api.GetLatestChangeAsync(null, CancellationToken.None)).Dispose();
        }

        // IHttpClientFactory rotates handlers every two minutes; a handler built later must not fetch again.
        using (var rotated = new HttpMessageInvoker(Chain(authentication.CreateHandler()!, new SocketsHttpHandler())))
        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Root, "v2/changefeed/latest")))
        {
            (await rotated.SendAsync(request, CancellationToken.None)).Dispose();
        }

        Assert.Equal(1, credential.Calls);
        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(("/v2/changefeed/latest", "Bearer token-1"), (r.RawUrl, r.Authorization)));
    }

    [Fact]
    public async Task The_token_is_refreshed_five_minutes_before_it_expires()
    {
        await using var server = new LoopbackServer();
        var clock = new ManualClock(Start);
        var credential = new CountingCredential(call => new AccessToken($"token-{call}", clock.Now.AddHours(1)), TimeSpan.Zero);
        using var invoker = new HttpMessageInvoker(new TokenCredentialHandler(credential, AzureDicomScopes.Default, clock) { InnerHandler = new SocketsHttpHandler() });

        await SendAsync(invoker, server);
        clock.Now = Start.AddMinutes(54);
        await SendAsync(invoker, server);
        clock.Now = Start.AddMinutes(55);
        await SendAsync(invoker, server);

        Assert.Equal(new string?[] { "Bearer token-1", "Bearer token-1", "Bearer token-2" }, server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task The_refresh_on_hint_is_honoured_when_earlier()
    {
        await using var server = new LoopbackServer();
        var clock = new ManualClock(Start);
        var credential = new CountingCredential(call => new AccessToken($"token-{call}", clock.Now.AddHours(1), clock.Now.AddMinutes(30)), TimeSpan.Zero);
        using var invoker = new HttpMessageInvoker(new TokenCredentialHandler(credential, AzureDicomScopes.Default, clock) { InnerHandler = new SocketsHttpHandler() });

        await SendAsync(invoker, server);
        clock.Now = Start.AddMinutes(31);
        await SendAsync(invoker, server);

        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task A_failed_early_refresh_keeps_the_still_valid_token_and_a_failed_late_one_throws()
    {
        await using var server = new LoopbackServer();
        var clock = new ManualClock(Start);
        var credential = new CountingCredential(call => new AccessToken($"token-{call}", clock.Now.AddHours(1)), TimeSpan.Zero);
        using var invoker = new HttpMessageInvoker(new TokenCredentialHandler(credential, AzureDicomScopes.Default, clock) { InnerHandler = new SocketsHttpHandler() });
        await SendAsync(invoker, server);

        credential.Fail = true;
        clock.Now = Start.AddMinutes(58);
        await SendAsync(invoker, server);
        clock.Now = Start.AddMinutes(61);
        await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(invoker, server));

        Assert.Equal(new string?[] { "Bearer token-1", "Bearer token-1" }, server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_fixed_token_is_sent_as_is_and_no_authentication_sends_none()
    {
        await using var server = new LoopbackServer();
        using (var client = DicomWebHttpClientFactory.Create(server.Root, DicomWebAuthentication.BearerToken("abc.def")))
        {
            (await client.GetAsync("changefeed")).Dispose();
        }
        using (var client = DicomWebHttpClientFactory.Create(server.Root, DicomWebAuthentication.None))
        {
            (await client.GetAsync("changefeed")).Dispose();
        }
        Assert.Equal(new string?[] { "Bearer abc.def", null }, server.Requests.Select(r => r.Authorization));
        Assert.DoesNotContain("abc.def", DicomWebAuthentication.BearerToken("abc.def").ToString());
    }

    [Fact]
    public async Task A_token_is_never_sent_over_plain_http_to_another_host()
    {
        var credential = new CountingCredential(call => new AccessToken("secret", DateTimeOffset.UtcNow.AddHours(1)), TimeSpan.Zero);
        using var client = DicomWebHttpClientFactory.Create(new Uri("http://dicom.example.invalid/v2"), DicomWebAuthentication.Credential(credential));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("changefeed"));
        Assert.DoesNotContain("secret", error.Message);
        Assert.Equal(0, credential.Calls);
    }

    private static DelegatingHandler Chain(DelegatingHandler handler, HttpMessageHandler inner)
    {
        handler.InnerHandler = inner;
        return handler;
    }

    private static async Task SendAsync(HttpMessageInvoker invoker, LoopbackServer server)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Root, "v2/changefeed"));
        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();
    }
}

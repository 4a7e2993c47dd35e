using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>
/// <see cref="DicomWebClient.Create"/> and <c>AddDicomWebClient</c> build one chain (retry → sign-in → verbatim query →
/// network with gzip and Brotli) with no overall timeout. Each behaviour is checked on both paths against a real
/// loopback server.
/// </summary>
public sealed class HandlerChainTests
{
    private const string Token = "chain-token";
    private static CancellationToken Ct => CancellationToken.None;

    public static TheoryData<string> Paths() => new() { "Create", "DI" };

    /// <summary>A client by the named path; the provider (DI) is disposed with the returned disposable.</summary>
    private static (DicomWebClient Client, IDisposable Owner, ServiceProvider? Provider) Client(string path, Uri root, DicomWebAuthentication? authentication, DicomWebClientOptions options)
    {
        if (path == "Create")
        {
            var created = DicomWebClient.Create(root, authentication, options);
            return (created, created, null);
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDicomWebClient(root, authentication, options);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<DicomWebClient>(), provider, provider);
    }

    private static List<Type> ChainOf(HttpMessageHandler handler)
    {
        var types = new List<Type>();
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            types.Add(current.GetType());
        }
        return types;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void The_chain_is_retry_then_sign_in_then_verbatim_query_then_a_decompressing_network_handler(string path)
    {
        var root = new Uri("http://127.0.0.1:1/v2/");
        var (client, owner, provider) = Client(path, root, DicomWebAuthentication.BearerToken(Token), new DicomWebClientOptions());
        using (owner)
        {
            var top = provider is null
                ? (HttpMessageHandler)typeof(HttpMessageInvoker).GetField("_handler", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(client.OwnedHttpClient)!
                : provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(DicomWebServiceCollectionExtensions.HttpClientName<IDicomWebApi>());
            var ours = ChainOf(top).Where(t => t.Assembly != typeof(IHttpMessageHandlerFactory).Assembly || t == typeof(ResilienceHandler)).ToList();
            Assert.Equal([typeof(ResilienceHandler), typeof(StaticBearerTokenHandler), typeof(VerbatimQueryHandler), typeof(SocketsHttpHandler)], ours);
            var network = FindNetworkHandler(top);
            Assert.True(network.AutomaticDecompression.HasFlag(DecompressionMethods.GZip) && network.AutomaticDecompression.HasFlag(DecompressionMethods.Brotli));
        }
    }

    private static SocketsHttpHandler FindNetworkHandler(HttpMessageHandler handler)
    {
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            if (current is SocketsHttpHandler sockets)
            {
                return sockets;
            }
        }
        throw new InvalidOperationException("no SocketsHttpHandler in the chain");
    }

    /// <summary>Hands out token-1, token-2, … each already due for refresh, so every sign-in asks again.</summary>
    private sealed class CountingCredential : TokenCredential
    {
        private int _issued;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new($"token-{Interlocked.Increment(ref _issued)}", DateTimeOffset.UtcNow);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Each_retry_attempt_goes_through_sign_in_again_and_carries_a_fresh_token(string path)
    {
        var calls = 0;
        await using var server = new LoopbackServer(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 503;
                return;
            }
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("[]"u8.ToArray());
        });
        var (client, owner, _) = Client(path, server.Root, DicomWebAuthentication.Credential(new CountingCredential()), new DicomWebClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(1) });
        using (owner)
        {
            Assert.Empty(await client.GetChangeFeedAsync(cancellationToken: Ct));
        }
        Assert.Equal(new string?[] { "Bearer token-1", "Bearer token-2" }, server.Requests.Select(r => r.Authorization).ToArray());
    }

    private const string Metadata = "[{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"" + WalkThrough.BlueCircle + "\"]}}]";

    public static TheoryData<string, string> PathsAndEncodings() => new()
    {
        { "Create", "gzip" }, { "Create", "br" }, { "DI", "gzip" }, { "DI", "br" },
    };

    [Theory]
    [MemberData(nameof(PathsAndEncodings))]
    public async Task A_compressed_answer_is_asked_for_and_decompressed(string path, string encoding)
    {
        await using var server = new LoopbackServer(async context =>
        {
            var accepted = context.Request.Headers["Accept-Encoding"] ?? "";
            if (!accepted.Contains("gzip") || !accepted.Contains("br"))
            {
                context.Response.StatusCode = 400;
                return;
            }
            using var compressed = new MemoryStream();
            using (Stream compressor = encoding == "gzip" ? new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true) : new BrotliStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                compressor.Write(Encoding.UTF8.GetBytes(Metadata));
            }
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/dicom+json";
            context.Response.AddHeader("Content-Encoding", encoding);
            await context.Response.OutputStream.WriteAsync(compressed.ToArray());
        });
        var (client, owner, _) = Client(path, server.Root, null, new DicomWebClientOptions { MaxRetryAttempts = 0 });
        using (owner)
        {
            var result = await client.RetrieveStudyMetadataAsync(WalkThrough.Study, cancellationToken: Ct);
            Assert.Equal(WalkThrough.BlueCircle, Assert.Single(result.Items).GetUid(DicomTyped.Dicom.CoreTags.SOPInstanceUID));
        }
    }

    [Fact]
    public async Task A_retrieve_that_takes_longer_than_100_seconds_completes_on_both_paths()
    {
        var blue = await File.ReadAllBytesAsync(TestData.Dcm("blue-circle.dcm"));
        await using var server = new LoopbackServer(async context =>
        {
            // 101 s before the headers (HttpClient's default timeout is 100 s), then the body trickles in.
            await Task.Delay(TimeSpan.FromSeconds(101));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "multipart/related; type=\"application/dicom\"; boundary=slow";
            context.Response.SendChunked = true;
            var output = context.Response.OutputStream;
            await output.WriteAsync(Encoding.ASCII.GetBytes("--slow\r\nContent-Type: application/dicom\r\n\r\n"));
            for (var offset = 0; offset < blue.Length; offset += blue.Length / 4 + 1)
            {
                await output.WriteAsync(blue.AsMemory(offset, Math.Min(blue.Length / 4 + 1, blue.Length - offset)));
                await output.FlushAsync();
                await Task.Delay(500);
            }
            await output.WriteAsync(Encoding.ASCII.GetBytes("\r\n--slow--\r\n"));
        });

        async Task<int> RetrieveAsync(string path)
        {
            var (client, owner, _) = Client(path, server.Root, null, new DicomWebClientOptions { MaxRetryAttempts = 0 });
            using (owner)
            {
                var count = 0;
                await foreach (var file in client.RetrieveStudyAsync(WalkThrough.Study, cancellationToken: Ct))
                {
                    Assert.Equal(WalkThrough.BlueCircle, file.Dataset.GetUid(DicomTyped.Dicom.CoreTags.SOPInstanceUID));
                    count++;
                }
                return count;
            }
        }

        // Both paths at once: the suite pays the 100 s once.
        var counts = await Task.WhenAll(RetrieveAsync("Create"), RetrieveAsync("DI"));
        Assert.Equal([1, 1], counts);
    }
}

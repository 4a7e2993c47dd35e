using System;
using System.Linq;
using System.Net.Http;
using DicomTyped.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DicomTyped.Client;

/// <summary>The handler chain and retry policy shared by <see cref="DicomWebClient.Create"/> and the DI registration.</summary>
internal static class DicomWebClientPipeline
{
    /// <summary>Options with <see cref="ChangeFeedVersion.Auto"/> settled from the base address.</summary>
    public static DicomWebClientOptions Resolve(DicomWebClientOptions? options, Uri baseAddress)
    {
        options ??= DicomWebClientOptions.Default;
        if (options.ChangeFeedVersion != ChangeFeedVersion.Auto)
        {
            return options;
        }
        var isV1 = baseAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Any(segment => segment.Equals("v1", StringComparison.OrdinalIgnoreCase) || segment.StartsWith("v1.", StringComparison.OrdinalIgnoreCase));
        return options with { ChangeFeedVersion = isV1 ? ChangeFeedVersion.V1 : ChangeFeedVersion.V2 };
    }

    /// <summary>sign-in → retry → verbatim query → network. Sign-in sits outside the retry so the token is set once per call.</summary>
    public static HttpMessageHandler CreateHandlers(DicomWebAuthentication? authentication, DicomWebClientOptions options, HttpMessageHandler? primaryHandler)
    {
        HttpMessageHandler pipeline = new VerbatimQueryHandler(primaryHandler ?? new SocketsHttpHandler());
        if (options.MaxRetryAttempts > 0)
        {
            var retry = new ResiliencePipelineBuilder<HttpResponseMessage>();
            ConfigureRetry(retry, options);
            pipeline = new ResilienceHandler(retry.Build()) { InnerHandler = pipeline };
        }
        if ((authentication ?? DicomWebAuthentication.None).CreateHandler() is { } signIn)
        {
            signIn.InnerHandler = pipeline;
            pipeline = signIn;
        }
        return pipeline;
    }

    /// <summary>
    /// Retries 408, 429, 5xx and network failures with exponential back-off, honouring Retry-After. Only for GET and
    /// DELETE (both idempotent) unless store retries were asked for; PUT, PATCH and CONNECT are never retried.
    /// </summary>
    public static void ConfigureRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, DicomWebClientOptions options)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
        };
        HttpMethod[] neverRetried = options.RetryStore
            ? [HttpMethod.Put, HttpMethod.Patch, HttpMethod.Connect]
            : [HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Connect];
        retry.DisableFor(neverRetried);
        builder.AddRetry(retry);
    }
}

using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using DicomTyped.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace DicomTyped.Client;

/// <summary>
/// The client's part of the handler chain: its options settled from the base address, and the retry handler that
/// <see cref="DicomWebHandlerChain"/> puts outermost (on both <see cref="DicomWebClient.Create"/> and the DI registration).
/// </summary>
internal static class DicomWebClientPipeline
{
    private static readonly HttpRequestOptionsKey<int> AttemptsKey = new("DicomTyped.Attempts");

    /// <summary>Options with <see cref="ChangeFeedVersion.Auto"/> settled from the base address.</summary>
    public static DicomWebClientOptions Resolve(DicomWebClientOptions? options, Uri baseAddress)
    {
        options ??= DicomWebClientOptions.Default;
        options.Validate();
        if (options.ChangeFeedVersion != ChangeFeedVersion.Auto)
        {
            return options;
        }
        var isV1 = baseAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Any(segment => segment.Equals("v1", StringComparison.OrdinalIgnoreCase) || segment.StartsWith("v1.", StringComparison.OrdinalIgnoreCase));
        return options with { ChangeFeedVersion = isV1 ? ChangeFeedVersion.V1 : ChangeFeedVersion.V2 };
    }

    /// <summary>The retry handler, or null when <see cref="DicomWebClientOptions.MaxRetryAttempts"/> is 0.</summary>
    public static DelegatingHandler? CreateRetryHandler(DicomWebClientOptions options, ILogger logger)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return null;
        }
        var retry = new ResiliencePipelineBuilder<HttpResponseMessage>();
        ConfigureRetry(retry, options, logger);
        return new ResilienceHandler(retry.Build());
    }

    /// <summary>How many times the request was sent: 1 unless retries happened (recorded on the request by each retry).</summary>
    public static int AttemptsOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(AttemptsKey, out var attempts) ? attempts : 1;

    /// <summary>
    /// Retries 408, 429, 5xx and network failures with exponential back-off, honouring Retry-After. Only for GET and
    /// DELETE (both idempotent) unless store retries were asked for; PUT, PATCH and CONNECT are never retried. Each retry
    /// is logged at Warning with the attempt that failed, why, and the delay; never the path (it holds UIDs) or a token.
    /// </summary>
    public static void ConfigureRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, DicomWebClientOptions options, ILogger logger)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            OnRetry = arguments =>
            {
                var request = arguments.Context.GetRequestMessage();
                // AttemptNumber is 0-based: the attempt that just failed is AttemptNumber + 1, the next one + 2.
                request?.Options.Set(AttemptsKey, arguments.AttemptNumber + 2);
                var outcome = arguments.Outcome.Exception is { } exception
                    ? exception.GetType().Name
                    : ((int?)arguments.Outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response";
                DicomWebClientLog.Retrying(logger, request?.Method.Method ?? "request", arguments.AttemptNumber + 1, options.MaxRetryAttempts + 1, outcome, (long)arguments.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        };
        HttpMethod[] neverRetried = options.RetryStore
            ? [HttpMethod.Put, HttpMethod.Patch, HttpMethod.Connect]
            : [HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Connect];
        retry.DisableFor(neverRetried);
        builder.AddRetry(retry);
    }
}

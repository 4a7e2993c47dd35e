using System;
using DicomTyped.Http;

namespace DicomTyped.Client;

/// <summary>How a <see cref="DicomWebClient"/> talks to its server: transfer syntax, paging, retries.</summary>
public sealed record DicomWebClientOptions
{
    /// <summary>The options used when none are given.</summary>
    public static DicomWebClientOptions Default { get; } = new();

    /// <summary>
    /// The transfer syntax asked for on retrieve: <c>*</c> (as stored, the default, no transcoding on the server)
    /// or a transfer syntax UID such as <c>1.2.840.10008.1.2.1</c>.
    /// </summary>
    public string TransferSyntax { get; init; } = DicomMediaRange.AnyTransferSyntax;

    /// <summary>
    /// Ask for one instance as bare <c>application/dicom</c> (the Azure walk-through's form) instead of a one-part
    /// multipart/related body. Off by default: every server answers the multipart form, Orthanc 1.10 refuses the bare one.
    /// </summary>
    public bool RetrieveInstanceAsSinglePart { get; init; }

    /// <summary>The page size automatic paging asks for when the query names no limit (QIDO and change feed).</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Which change-feed semantics the server follows; <see cref="ChangeFeedVersion.Auto"/> reads it from the base address (<c>/v1</c>).</summary>
    public ChangeFeedVersion ChangeFeedVersion { get; init; } = ChangeFeedVersion.Auto;

    /// <summary>How many times a GET or DELETE is retried after 408, 429, 5xx or a network failure; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>The first back-off delay (doubled each attempt, with jitter) when the server sends no Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Retry store (POST) too. Off by default because a store the server half-did is not safe to repeat blindly,
    /// and a streamed body can be sent twice only when every part can be reopened (files, factories), not a one-shot stream.
    /// </summary>
    public bool RetryStore { get; init; }
}

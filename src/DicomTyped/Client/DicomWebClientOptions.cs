using System;
using DicomTyped.Http;

namespace DicomTyped.Client;

/// <summary>
/// How a <see cref="DicomWebClient"/> talks to its server: transfer syntax, paging, retries, and the limits on bodies it
/// reads into memory. The limits bound memory by policy whatever a server sends (a hostile or broken server can send an
/// endless body); past one the call ends with <see cref="DicomWebResponseTooLargeException"/> naming the option.
/// Streaming calls (retrieve as <c>DicomFile</c>s, part streams, or to files) have no size limit and hold one buffer.
/// </summary>
public sealed record DicomWebClientOptions
{
    /// <summary>The options used when none are given.</summary>
    public static DicomWebClientOptions Default { get; } = new();

    /// <summary>
    /// The transfer syntax asked for on retrieve: <c>*</c> (as stored, the default, no transcoding on the server)
    /// or a transfer syntax UID such as <c>1.2.840.10008.1.2.1</c>. Any other transfer syntax is a conversion done by
    /// the server (PS3.18 8.7.3.5): asked for Explicit VR Little Endian, a server converts an instance it holds in
    /// Explicit VR Big Endian (retired) byte order, so the bytes received are not the bytes stored; <c>*</c> keeps them.
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

    /// <summary>The default of <see cref="MaxJsonBodyBytes"/>: 256 MB.</summary>
    public const long DefaultMaxJsonBodyBytes = 256L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxFrameBytes"/>: 1 GB.</summary>
    public const long DefaultMaxFrameBytes = 1024L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxRenderedBytes"/>: 64 MB.</summary>
    public const long DefaultMaxRenderedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The longest JSON body read into memory, in bytes (after decompression): search results, metadata, change feed,
    /// store responses. Default 256 MB (the DICOM JSON metadata of a study of about 100,000 instances).
    /// </summary>
    public long MaxJsonBodyBytes { get; init; } = DefaultMaxJsonBodyBytes;

    /// <summary>
    /// The longest frame read into memory by <see cref="DicomWebClient.RetrieveFramesAsync"/>, in bytes. A frame whose
    /// part declares a Content-Length past it is refused before any of it is read. Default 1 GB.
    /// </summary>
    public long MaxFrameBytes { get; init; } = DefaultMaxFrameBytes;

    /// <summary>The longest rendered image (JPEG, PNG) read into memory, in bytes. Default 64 MB.</summary>
    public long MaxRenderedBytes { get; init; } = DefaultMaxRenderedBytes;

    /// <summary>
    /// How much of an error body is read to explain an unsuccessful status, in bytes; the rest is never read and the
    /// quoted explanation is cut there (the status is the error, so this limit never throws). Default 64 KB.
    /// </summary>
    public int MaxErrorBodyBytes { get; init; } = DicomWebResponseExtensions.MaxErrorBodyBytes;

    internal void Validate()
    {
        if (PageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "PageSize must be at least 1.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetryAttempts);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxJsonBodyBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFrameBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRenderedBytes, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxErrorBodyBytes);
        // Arrays end below 2 GB: a larger limit could not be honoured by an in-memory read.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxJsonBodyBytes, Array.MaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxFrameBytes, Array.MaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRenderedBytes, Array.MaxLength);
    }
}

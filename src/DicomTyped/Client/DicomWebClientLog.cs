using System;
using Microsoft.Extensions.Logging;

namespace DicomTyped.Client;

/// <summary>
/// The client's log messages. Information carries counts, statuses and timings only; UIDs (which can lead to a
/// patient) only at Debug; tokens never.
/// </summary>
internal static partial class DicomWebClientLog
{
    [LoggerMessage(1, LogLevel.Information, "DICOMweb store of {Count} instance(s): {Status} ({StoredCount} stored, {FailedCount} failed) in {ElapsedMs} ms")]
    public static partial void Stored(ILogger logger, int count, int status, int storedCount, int failedCount, long elapsedMs);

    [LoggerMessage(2, LogLevel.Debug, "DICOMweb store failed instance {SopInstanceUid}: reason {Reason}")]
    public static partial void StoreFailedInstance(ILogger logger, string? sopInstanceUid, ushort reason);

    [LoggerMessage(3, LogLevel.Information, "DICOMweb retrieve of a {Level}: {Count} instance(s), {Bytes} bytes in {ElapsedMs} ms")]
    public static partial void Retrieved(ILogger logger, string level, int count, long bytes, long elapsedMs);

    [LoggerMessage(4, LogLevel.Information, "DICOMweb search {Route}: {Count} match(es), {Remaining} more reported")]
    public static partial void Searched(ILogger logger, string route, int count, long? remaining);

    [LoggerMessage(5, LogLevel.Information, "DICOMweb delete of a {Level}: {Result}")]
    public static partial void Deleted(ILogger logger, string level, DeleteResult result);

    [LoggerMessage(6, LogLevel.Information, "DICOMweb {Level} metadata: {Count} instance(s), not modified: {NotModified}")]
    public static partial void Metadata(ILogger logger, string level, int count, bool notModified);

    [LoggerMessage(7, LogLevel.Information, "DICOMweb change feed: {Count} event(s) from offset {Offset}")]
    public static partial void ChangeFeed(ILogger logger, int count, long? offset);

    [LoggerMessage(8, LogLevel.Debug, "DICOMweb request for {Level} {Uid}")]
    public static partial void Requesting(ILogger logger, string level, string uid);

    [LoggerMessage(9, LogLevel.Warning, "DICOMweb request failed with {Status}")]
    public static partial void Failed(ILogger logger, int status, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "DICOMweb {Method} attempt {Attempt} of {MaxAttempts} failed ({Outcome}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, int attempt, int maxAttempts, string outcome, long delayMs);
}

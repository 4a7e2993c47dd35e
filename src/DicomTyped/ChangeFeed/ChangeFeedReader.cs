using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using DicomTyped.Http;

namespace DicomTyped.Client;

/// <summary>
/// Reads change-feed bodies (an array of entries, or one entry for <c>changefeed/latest</c>). Whatever the bytes, the
/// only exception is <see cref="DicomWebInvalidResponseException"/>: System.Text.Json's own exceptions, and those of the
/// DICOM JSON reader for an entry's metadata, are wrapped so a caller handles one documented type.
/// </summary>
internal static class ChangeFeedReader
{
    /// <summary>The entries of a page; an empty body is an empty page.</summary>
    /// <exception cref="DicomWebInvalidResponseException">The body is not a JSON array of change-feed entries.</exception>
    public static IReadOnlyList<ChangeFeedEntry> ReadPage(ReadOnlySpan<byte> body, HttpResponseMessage? response)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize(body, ChangeFeedJsonContext.Default.ListChangeFeedEntry) ?? [];
        }
        catch (Exception exception) when (IsReadFailure(exception))
        {
            throw Invalid(response, "a change-feed page must be a JSON array of entries", exception);
        }
    }

    /// <summary>
    /// The entry of <c>changefeed/latest</c>, or null for an empty feed: an empty body, JSON null, or an object without a
    /// Sequence (<c>{}</c>, as Azure and the embedded server answer; sequence numbers start at 1).
    /// </summary>
    /// <exception cref="DicomWebInvalidResponseException">The body is not a JSON change-feed entry.</exception>
    public static ChangeFeedEntry? ReadLatest(ReadOnlySpan<byte> body, HttpResponseMessage? response)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }
        try
        {
            var entry = JsonSerializer.Deserialize(body, ChangeFeedJsonContext.Default.ChangeFeedEntry);
            return entry is { Sequence: > 0 } ? entry : null;
        }
        catch (Exception exception) when (IsReadFailure(exception))
        {
            throw Invalid(response, "the latest change must be a JSON change-feed entry", exception);
        }
    }

    // What System.Text.Json and the DICOM JSON reader throw for bytes that are not what they expect: JsonException above
    // all, but also InvalidOperationException (a token of the wrong kind reaching a converter) and the argument and format
    // exceptions of value conversions.
    internal static bool IsReadFailure(Exception exception) =>
        exception is JsonException or DicomTypedException or InvalidOperationException or NotSupportedException
            or FormatException or ArgumentException or OverflowException;

    // The reader's message can quote the body, which a hostile server can fill with the echoed token: it is quoted
    // redacted, and the original exception is not attached (its ToString() would repeat the message unredacted).
    internal static DicomWebInvalidResponseException Invalid(HttpResponseMessage? response, string problem, Exception exception)
    {
        var error = response is null
            ? new DicomWebError(System.Net.HttpStatusCode.OK, null, null, null, null, [], new Dictionary<string, string>())
            : DicomWebResponseExtensions.Describe(response);
        var reason = SecretRedaction.Redact(exception.Message, SecretRedaction.SecretsOf(response?.RequestMessage), cutOff: true);
        return new DicomWebInvalidResponseException(error, $"{problem} ({exception.GetType().Name}: {reason})");
    }
}

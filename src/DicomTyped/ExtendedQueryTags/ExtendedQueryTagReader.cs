using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DicomTyped.Client;

/// <summary>
/// Reads the JSON bodies of the extended query tag API. Whatever the bytes, the only exception is
/// <see cref="Http.DicomWebInvalidResponseException"/> (System.Text.Json's own are wrapped, redacted, as for the change feed).
/// </summary>
internal static class ExtendedQueryTagReader
{
    /// <exception cref="Http.DicomWebInvalidResponseException">The body is empty or not the JSON shape <paramref name="what"/> names.</exception>
    public static T Read<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> type, string what, HttpResponseMessage response)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new JsonException("the body is JSON null");
        }
        catch (Exception exception) when (ChangeFeedReader.IsReadFailure(exception))
        {
            throw ChangeFeedReader.Invalid(response, $"the body must be {what}", exception);
        }
    }
}

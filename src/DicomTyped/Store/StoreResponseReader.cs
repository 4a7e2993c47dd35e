using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using DicomTyped.Http;
using System.Text.Json;

namespace DicomTyped.Client;

/// <summary>
/// Reads the DICOM JSON store-response dataset (PS3.18 10.5.3.1) into a <see cref="DicomStoreResult"/>. Whatever the
/// bytes, the only exception is <see cref="DicomWebInvalidResponseException"/> (a body that is not JSON); JSON of another
/// shape reads as a result without instances, and values of the wrong kind are skipped.
/// </summary>
internal static class StoreResponseReader
{
    private const string RetrieveUrl = "00081190";
    private const string ReferencedSopSequence = "00081199";
    private const string FailedSopSequence = "00081198";
    private const string ReferencedSopClassUid = "00081150";
    private const string ReferencedSopInstanceUid = "00081155";
    private const string FailureReason = "00081197";
    private const string WarningReason = "00081196";
    private const string FailedAttributesSequence = "00741048";
    private const string ErrorComment = "00000902";

    /// <exception cref="DicomWebInvalidResponseException">The body is not JSON; its message says the server may have stored the instances.</exception>
    public static DicomStoreResult Read(HttpStatusCode status, ReadOnlySpan<byte> body, IReadOnlyList<string> warnings, HttpResponseMessage? response = null)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new DicomStoreResult(status, null, [], [], warnings);
        }
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return Read(status, document.RootElement, warnings);
        }
        catch (Exception exception) when (ChangeFeedReader.IsReadFailure(exception))
        {
            // JsonException for bytes that are not JSON; InvalidOperationException from GetString on an escaped lone surrogate.
            throw ChangeFeedReader.Invalid(response, $"the store response is not DICOM JSON, so which instances were stored is unknown (the status says {(int)status}: they may have been)", exception);
        }
    }

    private static DicomStoreResult Read(HttpStatusCode status, JsonElement root, IReadOnlyList<string> warnings)
    {
        // Some servers wrap the single response dataset in an array, as every other DICOM JSON body is.
        if (root.ValueKind == JsonValueKind.Array)
        {
            root = root.EnumerateArray().FirstOrDefault();
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new DicomStoreResult(status, null, [], [], warnings);
        }
        var stored = Items(root, ReferencedSopSequence)
            .Select(item => new StoredInstance(
                First(item, ReferencedSopClassUid),
                First(item, ReferencedSopInstanceUid),
                First(item, RetrieveUrl),
                Number(item, WarningReason),
                Comments(item)))
            .ToList();
        var failed = Items(root, FailedSopSequence)
            .Select(item => new FailedInstance(
                First(item, ReferencedSopClassUid),
                First(item, ReferencedSopInstanceUid),
                Number(item, FailureReason) ?? Number(item, WarningReason) ?? 0,
                Comments(item)))
            .ToList();
        return new DicomStoreResult(status, First(root, RetrieveUrl), stored, failed, warnings);
    }

    private static IEnumerable<JsonElement> Values(JsonElement dataset, string tag) =>
        dataset.TryGetProperty(tag, out var attribute) && attribute.ValueKind == JsonValueKind.Object
            && attribute.TryGetProperty("Value", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray()
            : [];

    private static IEnumerable<JsonElement> Items(JsonElement dataset, string tag) => Values(dataset, tag).Where(v => v.ValueKind == JsonValueKind.Object);

    private static string? First(JsonElement dataset, string tag) =>
        Values(dataset, tag).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(s => !string.IsNullOrEmpty(s));

    private static ushort? Number(JsonElement dataset, string tag)
    {
        foreach (var value in Values(dataset, tag))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt16(out var number))
            {
                return number;
            }
            if (value.ValueKind == JsonValueKind.String && ushort.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }
        return null;
    }

    private static List<string> Comments(JsonElement item) =>
        Values(item, ErrorComment)
            .Concat(Items(item, FailedAttributesSequence).SelectMany(attribute => Values(attribute, ErrorComment)))
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .Where(s => s.Length > 0)
            .ToList();
}

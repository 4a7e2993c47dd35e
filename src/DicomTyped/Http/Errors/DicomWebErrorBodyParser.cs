using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace DicomTyped.Http;

/// <summary>
/// Reads the server's explanation out of an error body: plain text, JSON in the shapes servers use
/// (Azure's <c>{"error":{"code","message"}}</c>, problem details, Orthanc's <c>{"Message","Details"}</c>),
/// or a DICOM JSON store-response dataset (ErrorComment, FailureReason).
/// </summary>
internal static class DicomWebErrorBodyParser
{
    /// <summary>Longest server message kept; error pages can be whole HTML documents.</summary>
    public const int MaxMessageLength = 1000;

    private const string ErrorComment = "00000902";
    private const string FailedSopSequence = "00081198";
    private const string FailureReason = "00081197";
    private const string ReferencedSopInstanceUid = "00081155";
    private const string FailedAttributesSequence = "00741048";

    public static (string? Message, IReadOnlyList<ushort> FailureReasons) Parse(string? body)
    {
        var text = body?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, []);
        }
        if (text[0] is '{' or '[' && TryParseJson(text, out var message, out var reasons))
        {
            return (Shorten(message), reasons);
        }
        return (Shorten(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))), []);
    }

    private static bool TryParseJson(string text, out string? message, out IReadOnlyList<ushort> reasons)
    {
        message = null;
        reasons = [];
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                root = root.EnumerateArray().FirstOrDefault(e => e.ValueKind == JsonValueKind.Object);
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            if (IsDicomJson(root))
            {
                (message, reasons) = FromDicomJson(root);
            }
            else
            {
                message = FromErrorJson(root);
            }
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON, or a string GetString cannot decode (an escaped lone surrogate): quote the body as text.
            message = null;
            reasons = [];
            return false;
        }
    }

    private static bool IsDicomJson(JsonElement dataset)
    {
        var any = false;
        foreach (var property in dataset.EnumerateObject())
        {
            if (property.Name.Length != 8 || !property.Name.All(Uri.IsHexDigit))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static string? FromErrorJson(JsonElement root)
    {
        if (Property(root, "error") is { } error)
        {
            if (error.ValueKind == JsonValueKind.String)
            {
                return error.GetString();
            }
            if (error.ValueKind == JsonValueKind.Object)
            {
                return Join(": ", String(error, "code"), String(error, "message"));
            }
        }
        var message = String(root, "message") ?? String(root, "title");
        var details = String(root, "details") ?? String(root, "detail");
        return Join(": ", message, details == message ? null : details) ?? Shorten(root.GetRawText());
    }

    private static (string? Message, IReadOnlyList<ushort> Reasons) FromDicomJson(JsonElement dataset)
    {
        var parts = new List<string>();
        var reasons = new List<ushort>();
        parts.AddRange(Strings(dataset, ErrorComment));
        foreach (var failed in Items(dataset, FailedSopSequence))
        {
            var comments = Strings(failed, ErrorComment).Concat(Items(failed, FailedAttributesSequence).SelectMany(a => Strings(a, ErrorComment)));
            var reason = Numbers(failed, FailureReason).FirstOrDefault();
            if (reason != 0)
            {
                reasons.Add(reason);
            }
            var instance = Strings(failed, ReferencedSopInstanceUid).FirstOrDefault();
            var description = new StringBuilder();
            description.Append(reason != 0 ? $"FailureReason {reason.ToString(CultureInfo.InvariantCulture)}{Meaning(reason)}" : "failed");
            if (instance is not null)
            {
                description.Append(" for ").Append(instance);
            }
            var commentText = string.Join("; ", comments);
            if (commentText.Length > 0)
            {
                description.Append(" (").Append(commentText).Append(')');
            }
            parts.Add(description.ToString());
        }
        return (parts.Count == 0 ? null : string.Join("; ", parts), reasons);
    }

    // Names from the Azure DICOM conformance statement, so a 409 reads as what it means.
    private static string Meaning(ushort reason) => reason switch
    {
        272 => " (processing failure)",
        43264 => " (validation failed)",
        43265 => " (StudyInstanceUID does not match the route)",
        45070 => " (instance already stored)",
        45071 => " (instance being stored by another request)",
        _ => "",
    };

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    private static IEnumerable<JsonElement> Values(JsonElement dataset, string tag) =>
        dataset.TryGetProperty(tag, out var attribute) && attribute.ValueKind == JsonValueKind.Object
            && attribute.TryGetProperty("Value", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray()
            : [];

    private static IEnumerable<JsonElement> Items(JsonElement dataset, string tag) => Values(dataset, tag).Where(v => v.ValueKind == JsonValueKind.Object);

    private static IEnumerable<string> Strings(JsonElement dataset, string tag) =>
        Values(dataset, tag).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(s => s.Length > 0);

    private static IEnumerable<ushort> Numbers(JsonElement dataset, string tag) =>
        Values(dataset, tag).Select(v => v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetUInt16(out var n) => n,
            JsonValueKind.String when ushort.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => (ushort)0,
        });

    private static string? Join(string separator, string? first, string? second) =>
        (first, second) switch
        {
            (null, null) => null,
            (null, _) => second,
            (_, null) => first,
            _ => first + separator + second,
        };

    private static string? Shorten(string? text) =>
        text is null || text.Length <= MaxMessageLength ? text : string.Concat(text.AsSpan(0, MaxMessageLength), "…");
}

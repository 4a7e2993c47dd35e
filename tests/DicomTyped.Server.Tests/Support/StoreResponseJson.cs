using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace DicomTyped.Server.Tests.Support;

/// <summary>Reads a store response data set with System.Text.Json (independent of both the server and the client).</summary>
public sealed class StoreResponseJson(string json)
{
    private readonly JsonElement _root = JsonDocument.Parse(json).RootElement;

    public IReadOnlyList<JsonElement> Referenced => Items("00081199");

    public IReadOnlyList<JsonElement> Failed => Items("00081198");

    public string? RetrieveUrl => _root.TryGetProperty("00081190", out var a) ? a.GetProperty("Value")[0].GetString() : null;

    public static int? Reason(JsonElement item, string tag) =>
        item.TryGetProperty(tag, out var a) ? a.GetProperty("Value")[0].GetInt32() : null;

    public static string Uid(JsonElement item) => item.GetProperty("00081155").GetProperty("Value")[0].GetString()!;

    public static IEnumerable<string> Comments(JsonElement item) =>
        item.TryGetProperty("00741048", out var a)
            ? a.GetProperty("Value").EnumerateArray().Select(i => i.GetProperty("00000902").GetProperty("Value")[0].GetString()!)
            : [];

    private IReadOnlyList<JsonElement> Items(string tag) =>
        _root.TryGetProperty(tag, out var a) && a.TryGetProperty("Value", out var v) ? v.EnumerateArray().ToList() : [];
}

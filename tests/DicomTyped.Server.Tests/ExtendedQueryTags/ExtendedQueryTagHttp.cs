using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.ExtendedQueryTags;

/// <summary>Raw HTTP calls of the extended query tag API, as any client sends them.</summary>
internal static class ExtendedQueryTagHttp
{
    private static CancellationToken Ct => CancellationToken.None;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> AddAsync(HttpClient http, string json, string prefix = "") =>
        await http.PostAsync(prefix + "extendedquerytags", Json(json), Ct);

    /// <summary>Adds tags, asserts 202, and waits (at most 60 s) until their reindex operation succeeded.</summary>
    public static async Task<JsonElement> AddAndWaitAsync(HttpClient http, string json, string prefix = "")
    {
        using var response = await AddAsync(http, json, prefix);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        return await WaitAsync(http, id, prefix);
    }

    public static async Task<JsonElement> WaitAsync(HttpClient http, string operationId, string prefix = "")
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var operation = await GetJsonAsync(http, $"{prefix}operations/{operationId}");
            var status = operation.GetProperty("status").GetString();
            if (status is "succeeded" or "failed" || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                Assert.Equal("succeeded", status);
                return operation;
            }
            await Task.Delay(50, Ct);
        }
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A search's SOP Instance UIDs (or Series Instance UIDs on series routes), or none on 204.</summary>
    public static async Task<string[]> SearchAsync(HttpClient http, string pathAndQuery, uint uidTag)
    {
        using var response = await http.GetAsync(pathAndQuery, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return [];
        }
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {pathAndQuery}: {(int)response.StatusCode} {body}");
        var hex = uidTag.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
        return JsonDocument.Parse(body).RootElement.EnumerateArray().Select(m => m.GetProperty(hex).GetProperty("Value")[0].GetString()!).ToArray();
    }

    /// <summary>Stores a dataset whose values break their VR on purpose (our client refuses to write those), asserting 200.</summary>
    public static async Task StoreRawAsync(ServerFixture server, DicomDataset dataset)
    {
        using var response = await server.Http.PostAsync("studies", TestInstances.Multipart([("application/dicom", TestInstances.Part10(dataset))]), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Stores datasets through our client and asserts all were stored.</summary>
    public static async Task StoreAsync(ServerFixture server, params DicomDataset[] datasets)
    {
        using var client = server.Client();
        var result = await client.StoreInstancesAsync(datasets, cancellationToken: Ct);
        Assert.True(result.HttpStatus is HttpStatusCode.OK or HttpStatusCode.Accepted, result.HttpStatus.ToString());
    }
}


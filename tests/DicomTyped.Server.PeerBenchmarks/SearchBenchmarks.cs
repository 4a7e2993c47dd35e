using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace DicomTyped.Server.PeerBenchmarks;

/// <summary>QIDO-RS latency: one GET with the same query (bar the name-matching form) to each server in turn.</summary>
internal static class SearchBenchmarks
{
    /// <summary>Sends one search and reads the whole answer.</summary>
    /// <returns>Milliseconds from sending to the last byte, and how many matches came back.</returns>
    public static async Task<(double Milliseconds, int Matches)> SearchAsync(HttpClient http, Uri baseAddress, string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress + pathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/dicom+json"));
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return (elapsed, 0);
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pathAndQuery} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }
        using var json = JsonDocument.Parse(body);
        return (elapsed, json.RootElement.GetArrayLength());
    }

    /// <summary>The searches of issue 9, each as (name, query for ours, query for Orthanc) given the iteration's picks.</summary>
    public static IEnumerable<(string Name, Func<Picks, string> Ours, Func<Picks, string> Orthanc)> Queries(int limit)
    {
        yield return ("exact PatientID", p => $"studies?PatientID={p.PatientId}&limit={limit}", p => $"studies?PatientID={p.PatientId}&limit={limit}");
        yield return ("one-year StudyDate range", p => $"studies?StudyDate={p.Year}0101-{p.Year}1231&limit={limit}", p => $"studies?StudyDate={p.Year}0101-{p.Year}1231&limit={limit}");
        yield return ("PatientName prefix (fuzzy 'Smi' vs wildcard 'Smi*')", _ => $"studies?PatientName=Smi&fuzzymatching=true&limit={limit}", _ => $"studies?PatientName=Smi*&limit={limit}");
        yield return ("series of one study", p => $"studies/{p.Study}/series?limit={limit}", p => $"studies/{p.Study}/series?limit={limit}");
        yield return ("instance by SOPInstanceUID", p => $"instances?SOPInstanceUID={p.Instance}&limit={limit}", p => $"instances?SOPInstanceUID={p.Instance}&limit={limit}");
    }

    /// <summary>What one iteration looks up, drawn the same for both servers.</summary>
    public sealed record Picks(string PatientId, int Year, string Study, string Instance);
}

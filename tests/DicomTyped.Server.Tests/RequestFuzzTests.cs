using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>
/// Issue 7 for the server's request parsing: deterministic fuzzing (fixed seeds, 20,000 requests each) of QIDO-RS query
/// strings and Accept headers, and of STOW-RS multipart bodies, sent over real HTTP to a real server. Every request is
/// answered with a status the endpoint documents (a refusal is a 4xx naming what was wrong), never a server error.
/// </summary>
public sealed class RequestFuzzTests
{
    private const int Inputs = 20_000;
    private const int Workers = 4;

    private static CancellationToken Ct => CancellationToken.None;

    private static readonly string[] Routes =
    [
        "studies", "series", "instances", "studies/1.1/series", "studies/1.1/instances", "studies/1.1/series/1.1.1/instances",
    ];

    private static readonly string[] QuerySeeds =
    [
        "",
        "PatientID=P1",
        "PatientName=Doe^John&limit=10&offset=0",
        "PatientName=jo%20do&fuzzymatching=true",
        "StudyDate=20240101-20241231&includefield=all",
        "StudyDate=-20240101&includefield=StudyTime,00100020&includefield=00080061",
        "ModalitiesInStudy=CT&AccessionNumber=ACC1",
        "SOPInstanceUID=1.1.1.1&SeriesInstanceUID=1.1.1&StudyInstanceUID=1.1",
        "00100020=P2&0020000D=2.2&limit=200",
        "PerformedProcedureStepStartDate=20240115&Modality=MR&ManufacturerModelName=X",
    ];

    // What a hostile client sends: repeated keys, separators, escapes, huge numbers, many words, keys out of place.
    private static readonly string[] QueryFragments =
    [
        "&", "=", "&&", "==", ",", "%", "%2", "%00", "%FF", "%C3%28", "%E2%82", "%26", "%3D", "+", "*", "?", "-", "--", "\\", "^", ".", "..",
        "limit=", "limit=0", "limit=-1", "limit=2147483648", "limit=99999999999999999999", "offset=", "offset=-5",
        "offset=2147483647", "fuzzymatching=", "fuzzymatching=TRUE", "fuzzymatching=true", "includefield=", "includefield=all",
        "includefield=,,,", "includefield=FFFFFFFF", "includefield=7FE00010", "includefield=PatientNme", "PatientName=",
        "PatientName=a.b", "StudyDate=2024-", "StudyDate=-", "StudyDate=20241301", "StudyDate=20240101-20230101", "StudyDate=2024010",
        "StudyInstanceUID=1..2", "StudyInstanceUID=" + new string('1', 65), "00100010=x", "0010001=x", "GGGGGGGG=x", "Patient.Name=x",
        "00081032.00080100=x", "PatientID=P1&PatientID=P2", "Modality=" + new string('A', 70),
        "PatientName=" + string.Join("%20", Enumerable.Repeat("a", 1_000)) + "&fuzzymatching=true",
        "includefield=" + string.Join(",", Enumerable.Repeat("00100010", 400)),
        string.Join("&", Enumerable.Repeat("limit=1", 300)),
    ];

    private static readonly string[] AcceptSeeds =
    [
        "application/dicom+json", "application/json", "*/*", "application/*;q=0.5, text/html", "multipart/related; type=\"application/dicom\"",
    ];

    [Fact]
    public async Task Mutated_search_requests_are_answered_200_204_400_or_406_never_a_server_error()
    {
        await using var server = await SearchTests.SeededAsync();
        var random = new Random(7101);
        var requests = new List<(Uri PathAndQuery, string? Accept)>(Inputs);
        for (var n = 0; n < Inputs; n++)
        {
            var route = Routes[random.Next(Routes.Length)];
            var query = MutateText(QuerySeeds[n % QuerySeeds.Length], QueryFragments, random);
            var accept = random.Next(4) == 0 ? MutateText(AcceptSeeds[random.Next(AcceptSeeds.Length)], [",", ";", "q=", "=", "\"", "*", "/", ";q=abc", ";q=0"], random) : null;
            requests.Add((new Uri(route + "?" + query, UriKind.Relative), accept));
        }
        var statuses = new int[Inputs];
        await ForEachAsync(Inputs, async n =>
        {
            var (pathAndQuery, accept) = requests[n];
            using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
            if (accept is not null && !request.Headers.TryAddWithoutValidation("Accept", accept))
            {
                return;
            }
            using var response = await server.Http.SendAsync(request, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            var status = (int)response.StatusCode;
            statuses[n] = status;
            // 414: Kestrel's own limit on the request line (8 KB by default), before the endpoint.
            Assert.True(status is 200 or 204 or 400 or 406 or 414, $"GET {pathAndQuery} (Accept: {accept}) answered {status}: {body}");
            if (status == 200)
            {
                Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(body).RootElement.ValueKind);
            }
            else if (status is 400 or 406 && response.Content.Headers.ContentType?.MediaType == "text/plain")
            {
                Assert.False(string.IsNullOrWhiteSpace(body), $"GET {pathAndQuery}: a refusal says what was wrong");
            }
        });
        // Both outcomes must be common, or the mutations test only one path.
        var histogram = string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.True(statuses.Count(s => s is 200 or 204) > Inputs / 50, "too few searches were answered: " + histogram);
        Assert.True(statuses.Count(s => s == 400) > Inputs / 10, "too few searches were refused: " + histogram);
    }

    // Small instances, each in its own study of a few UIDs, so that mutations reach UIDs, lengths and values.
    private static byte[] Instance(int i) => TestInstances.Part10(TestInstances.Dataset(
        $"9.{i}", $"9.{i}.1", $"9.{i}.1.1", patientName: "Doe^Jane", patientId: "F" + i, accession: "ACC" + i));

    private static readonly string[] BodyFragments =
    [
        "\r\n--" + TestInstances.Boundary + "\r\n", "\r\n--" + TestInstances.Boundary + "--", "--" + TestInstances.Boundary, "\r\n\r\n", "\r\n",
        "Content-Type: text/plain\r\n", "Content-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.2\r\n", "Content-Type:\r\n",
        "Content-Length: 99999999999\r\n", "X-Pad: " + new string('x', 20_000) + "\r\n", "\0", "DICM", "\xFF\xFF\xFF\xFF", "\xFE\xFF\x00\xE0",
        "\x10\x00\x10\x00PN\xFF\xFF", "\x08\x00\x05\x00CS\x0A\x00ISO 2022 IR 87", "\x7F\xE0\x10\x00OB\x00\x00\xFF\xFF\xFF\xFF",
    ];

    private static readonly string[] ContentTypes =
    [
        $"multipart/related; type=\"application/dicom\"; boundary={TestInstances.Boundary}",
        $"multipart/related; boundary={TestInstances.Boundary}",
        $"multipart/related; type=\"application/dicom\"; boundary=\"{TestInstances.Boundary}\"; start=\"<x>\"",
        "multipart/related; type=\"application/dicom\"",
        $"multipart/related; type=\"image/jpeg\"; boundary={TestInstances.Boundary}",
        $"multipart/related; type=\"application/dicom\"; boundary={TestInstances.Boundary}; boundary=other",
        "application/dicom",
    ];

    [Fact]
    public async Task Mutated_store_bodies_are_answered_with_a_documented_status_and_leave_only_acknowledged_files()
    {
        await using var server = await ServerFixture.StartAsync();
        var random = new Random(7102);
        var instances = Enumerable.Range(0, 8).Select(Instance).ToArray();
        var seeds = new List<byte[]>();
        for (var i = 0; i < instances.Length; i++)
        {
            seeds.Add(MultipartBytes([instances[i]]));
            seeds.Add(MultipartBytes([instances[i], instances[(i + 1) % instances.Length]]));
        }
        var fragments = Array.ConvertAll(BodyFragments, Encoding.Latin1.GetBytes);
        var inputs = new List<(string ContentType, byte[] Body)>(Inputs);
        for (var n = 0; n < Inputs; n++)
        {
            var type = random.Next(8) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : ContentTypes[0];
            // One input in four is a new instance, so that mutations also reach the path that stores.
            var fresh = n % 4 == 0 ? Instance(1_000 + n) : null;
            inputs.Add((type, type == "application/dicom"
                ? MutateBytes(fresh ?? instances[random.Next(instances.Length)], fragments, random)
                : MutateBytes(fresh is null ? seeds[random.Next(seeds.Count)] : MultipartBytes([fresh]), fragments, random)));
        }
        var acknowledged = new HashSet<string>();
        var statuses = new int[Inputs];
        await ForEachAsync(Inputs, async n =>
        {
            var (contentType, body) = inputs[n];
            using var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", content), Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            var status = (int)response.StatusCode;
            statuses[n] = status;
            Assert.True(status is 200 or 202 or 204 or 400 or 409 or 415, $"input {n} ({contentType}, {Convert.ToBase64String(body)}) answered {status}: {text}");
            if (response.Content.Headers.ContentType?.MediaType == "application/dicom+json")
            {
                // An instance is its study, series and SOP Instance UIDs: its RetrieveURL names all three.
                var referenced = new StoreResponseJson(text).Referenced.Select(i => i.GetProperty("00081190").GetProperty("Value")[0].GetString()!);
                lock (acknowledged)
                {
                    acknowledged.UnionWith(referenced);
                }
            }
            else
            {
                Assert.True(status is 204 or 400 or 415, $"input {n}: {status} without a store response");
            }
        });
        var histogram = string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.True(statuses.Count(s => s is 200 or 202) > Inputs / 100, "too few bodies stored anything: " + histogram);
        Assert.True(statuses.Count(s => s is 400 or 409) > Inputs / 10, "too few bodies were refused: " + histogram);
        // A failed store writes nothing: no temporary file is left, and every instance file is one that was acknowledged.
        Assert.Empty(Directory.GetFiles(Path.Combine(server.DataDirectory, "tmp")));
        Assert.Equal(acknowledged.Count, Directory.GetFiles(Path.Combine(server.DataDirectory, "files"), "*.dcm", SearchOption.AllDirectories).Length);
    }

    private static byte[] MultipartBytes(IEnumerable<byte[]> parts)
    {
        using var body = new MemoryStream();
        foreach (var part in parts)
        {
            body.Write(Encoding.ASCII.GetBytes($"--{TestInstances.Boundary}\r\nContent-Type: application/dicom\r\n\r\n"));
            body.Write(part);
            body.Write("\r\n"u8);
        }
        body.Write(Encoding.ASCII.GetBytes($"--{TestInstances.Boundary}--\r\n"));
        return body.ToArray();
    }

    private static async Task ForEachAsync(int count, Func<int, Task> body)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                await body(n);
            }
        }));
    }

    private static string MutateText(string seed, string[] fragments, Random random)
    {
        var text = new StringBuilder(seed);
        for (var edits = 1 + random.Next(3); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(6), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 1:
                    text.Insert(at, (char)random.Next(0x20, 0x7F));
                    break;
                case 2 when text.Length > 0:
                    var start = random.Next(text.Length);
                    text.Insert(at, text.ToString(start, Math.Min(1 + random.Next(24), text.Length - start)));
                    break;
                default:
                    var fragment = fragments[random.Next(fragments.Length)];
                    text.Insert(at, at > 0 && random.Next(2) == 0 ? "&" + fragment : fragment);
                    break;
            }
        }
        return text.ToString();
    }

    private static byte[] MutateBytes(byte[] seed, byte[][] fragments, Random random)
    {
        var bytes = seed;
        for (var edits = 1 + random.Next(3); edits > 0; edits--)
        {
            var at = random.Next(bytes.Length + 1);
            bytes = random.Next(6) switch
            {
                0 => Flip(bytes, random),
                1 => bytes[..at],
                2 => [.. bytes[..at], .. fragments[random.Next(fragments.Length)], .. bytes[at..]],
                3 => [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + random.Next(1, 64))..]],
                4 when bytes.Length > 0 => [.. bytes[..at], .. Segment(bytes, random), .. bytes[at..]],
                _ => [.. bytes[..at], (byte)random.Next(256), .. bytes[at..]],
            };
        }
        return bytes;
    }

    private static byte[] Segment(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length);
        return bytes[start..Math.Min(bytes.Length, start + random.Next(1, 200))];
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var flips = 1 + random.Next(4); flips > 0 && copy.Length > 0; flips--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }
        return copy;
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace DicomTyped.Server.Tests;

public sealed class ReliabilityTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static string[] StoredFiles(string data) => Directory.GetFiles(Path.Combine(data, "files"), "*.dcm", SearchOption.AllDirectories);

    [Fact]
    public async Task Start_up_removes_orphan_and_temporary_files_and_rows_whose_file_is_gone()
    {
        var crashed = TestPaths.NewTemporaryFolder();
        await using (var before = await ServerFixture.StartAsync(dataDirectory: crashed, keepData: true))
        {
            using var client = before.Client();
            await client.StoreInstancesAsync([TestInstances.Dataset("1.1", "1.1.1", "1.1.1.1"), TestInstances.Dataset("1.1", "1.1.1", "1.1.1.2")], cancellationToken: Ct);
        }
        // What a crash (or a hand) can leave: a row whose file is gone, a file without a row, a half-written file.
        var indexed = StoredFiles(crashed);
        File.Delete(indexed[0]);
        var orphan = Path.Combine(crashed, "files", "ab", "ab" + new string('0', 30) + ".dcm");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        File.WriteAllBytes(orphan, [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(crashed, "tmp", "half-written.part"), [1, 2, 3]);

        await using var after = await ServerFixture.StartAsync(dataDirectory: crashed);
        Assert.False(File.Exists(orphan));
        Assert.Empty(Directory.GetFiles(Path.Combine(crashed, "tmp")));
        var remaining = Assert.Single(StoredFiles(crashed));
        using var search = await after.Http.GetAsync("studies/1.1/instances", Ct);
        var matches = JsonDocument.Parse(await search.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(1, matches.GetArrayLength());
        var sop = matches[0].GetProperty("00080018").GetProperty("Value")[0].GetString();
        Assert.Equal(sop, DicomFile.Open(remaining).Dataset.GetString(DicomTags.SOPInstanceUID));
        using var feed = await after.Http.GetAsync("changefeed?includeMetadata=false", Ct);
        var entries = JsonDocument.Parse(await feed.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("delete", entries[entries.GetArrayLength() - 1].GetProperty("Action").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public async Task After_kill_9_during_stores_every_acknowledged_instance_is_searchable_and_files_agree_with_rows(int perRequest)
    {
        var data = TestPaths.NewTemporaryFolder();
        var acknowledged = new ConcurrentBag<string>();
        using (var child = await ChildServer.StartAsync(data))
        {
            using var http = new HttpClient { BaseAddress = child.BaseAddress };
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    // One instance as a single part, or several in one multipart request (committed together).
                    var sops = Enumerable.Range(1, perRequest).Select(n => $"1.9.{w}.{i + 1}.{n}").ToList();
                    var parts = sops.Select(sop => TestInstances.Part10(TestInstances.Dataset("1.9", $"1.9.{w}", sop))).ToList();
                    HttpContent content = perRequest == 1
                        ? new ByteArrayContent(parts[0]) { Headers = { ContentType = new MediaTypeHeaderValue("application/dicom") } }
                        : TestInstances.Multipart(parts.Select(p => ("application/dicom", p)));
                    try
                    {
                        using var response = await http.SendAsync(TestInstances.StoreRequest("studies", content), CancellationToken.None);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            sops.ForEach(acknowledged.Add);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToList();
            while (acknowledged.Count < 30 * perRequest)
            {
                await Task.Delay(20, Ct);
            }
            child.KillHard();
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        using (var restarted = await ChildServer.StartAsync(data))
        {
            using var http = new HttpClient { BaseAddress = restarted.BaseAddress };
            foreach (var sop in acknowledged)
            {
                using var response = await http.GetAsync($"instances?SOPInstanceUID={sop}", Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            // And retrievable: one acknowledged instance comes back whole (sop 1.9.{w}.{i}.{n} is in series 1.9.{w}).
            var one = acknowledged.First();
            using (var retrieve = new HttpRequestMessage(HttpMethod.Get, $"studies/1.9/series/1.9.{one.Split('.')[2]}/instances/{one}"))
            {
                retrieve.Headers.Accept.ParseAdd("application/dicom; transfer-syntax=*");
                using var response = await http.SendAsync(retrieve, Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
                Assert.Equal(one, DicomFile.Read(bytes).Dataset.GetString(DicomTags.SOPInstanceUID));
            }
            restarted.KillHard();
        }

        // Files and rows agree: every row's file exists and holds that instance; no file lacks a row.
        var rows = new Dictionary<string, string>();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "index.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT file_key, sop_uid FROM instance";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows[reader.GetString(0)] = reader.GetString(1);
            }
        }
        var files = StoredFiles(data);
        Assert.Equal(rows.Count, files.Length);
        Assert.True(rows.Count >= acknowledged.Count);
        foreach (var file in files)
        {
            var key = Path.GetFileNameWithoutExtension(file);
            Assert.Equal(rows[key], DicomFile.Open(file).Dataset.GetString(DicomTags.SOPInstanceUID));
        }
        Directory.Delete(data, recursive: true);
    }
}

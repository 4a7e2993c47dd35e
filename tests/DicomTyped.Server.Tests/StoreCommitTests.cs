using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Index;
using DicomTyped.Server.Storage;
using DicomTyped.Server.Store;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>How a store request's instances are made durable together: file batches, request chunks, group commit.</summary>
public sealed class StoreCommitTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static string[] StoredFiles(string data) => Directory.GetFiles(Path.Combine(data, "files"), "*.dcm", SearchOption.AllDirectories);

    [Fact]
    public async Task A_request_longer_than_one_commit_stores_every_instance_in_one_folder_and_leaves_no_temporary_file()
    {
        await using var server = await ServerFixture.StartAsync();
        var count = StoreRequest.CommitEvery + 6;
        var parts = Enumerable.Range(1, count).Select(i => ("application/dicom", TestInstances.Part10(TestInstances.Dataset("1.5", "1.5.1", $"1.5.1.{i}"))));
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies", TestInstances.Multipart(parts)), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(count, new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct)).Referenced.Count);
        var files = StoredFiles(server.DataDirectory);
        Assert.Equal(count, files.Length);
        // One folder to flush per commit, whatever the number of instances.
        Assert.Single(files.Select(Path.GetDirectoryName).Distinct());
        Assert.Empty(Directory.GetFiles(Path.Combine(server.DataDirectory, "tmp")));
        using var search = await server.Http.GetAsync("studies/1.5/instances?limit=200", Ct);
        Assert.Equal(count, JsonDocument.Parse(await search.Content.ReadAsStringAsync(Ct)).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task The_same_instance_twice_in_one_request_is_stored_once_and_the_second_copy_is_45070()
    {
        await using var server = await ServerFixture.StartAsync();
        var bytes = TestInstances.Part10(TestInstances.Dataset("1.6", "1.6.1", "1.6.1.1"));
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest("studies",
            TestInstances.Multipart([("application/dicom", bytes), ("application/dicom", bytes)])), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("1.6.1.1", StoreResponseJson.Uid(Assert.Single(body.Referenced)));
        Assert.Equal(45070, StoreResponseJson.Reason(Assert.Single(body.Failed), "00081197"));
        Assert.Single(StoredFiles(server.DataDirectory));
    }

    [Fact]
    public async Task A_file_batch_disposed_without_commit_leaves_no_file()
    {
        var data = TestPaths.NewTemporaryFolder();
        var store = new FileSystemInstanceStore(data);
        await using (var batch = store.CreateBatch())
        {
            var pending = batch.Create();
            await pending.Stream.WriteAsync(new byte[] { 1, 2, 3 }, Ct);
            await pending.CloseAsync(Ct);
        }
        Assert.Empty(Directory.GetFiles(data, "*", SearchOption.AllDirectories));
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Committed_files_of_a_batch_keep_their_bytes_under_their_keys_after_the_batch_is_disposed()
    {
        var data = TestPaths.NewTemporaryFolder();
        var store = new FileSystemInstanceStore(data);
        string[] keys;
        await using (var batch = store.CreateBatch())
        {
            var files = Enumerable.Range(0, 3).Select(_ => batch.Create()).ToList();
            for (var i = 0; i < files.Count; i++)
            {
                await files[i].Stream.WriteAsync(new[] { (byte)i }, Ct);
                await files[i].CloseAsync(Ct);
            }
            await batch.CommitAsync(files, Ct);
            keys = files.Select(f => f.FileKey).ToArray();
        }
        Assert.Equal(keys.Order(), store.EnumerateKeys().Order());
        for (var i = 0; i < keys.Length; i++)
        {
            await using var read = store.OpenRead(keys[i]);
            Assert.Equal(i, read.ReadByte());
        }
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "tmp")));
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task A_file_still_open_for_writing_cannot_be_committed()
    {
        var data = TestPaths.NewTemporaryFolder();
        var store = new FileSystemInstanceStore(data);
        await using (var batch = store.CreateBatch())
        {
            var pending = batch.Create();
            await Assert.ThrowsAsync<ArgumentException>(() => batch.CommitAsync([pending], Ct));
        }
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Concurrent_index_adds_each_get_their_own_outcomes_and_a_shared_instance_is_added_once()
    {
        var data = TestPaths.NewTemporaryFolder();
        using (var index = new SqliteDicomIndex(Path.Combine(data, "index.db")))
        {
            await index.InitializeAsync(Ct);
            // Twenty callers at once, three instances each; every caller's last instance is the same one.
            var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(c => Task.Run(() => index.AddInstancesAsync(
                [Record($"2.{c}.1"), Record($"2.{c}.2"), Record("2.shared")], Ct))));
            Assert.All(results, r => Assert.Equal(new[] { AddInstanceOutcome.Added, AddInstanceOutcome.Added }, r.Take(2)));
            Assert.Single(results, r => r[2] == AddInstanceOutcome.Added);
            Assert.Equal(41, (await index.GetFileKeysAsync(Ct)).Count);
        }
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task A_faulty_index_add_fails_alone_while_others_committing_at_the_same_time_succeed()
    {
        var data = TestPaths.NewTemporaryFolder();
        using (var index = new SqliteDicomIndex(Path.Combine(data, "index.db")))
        {
            await index.InitializeAsync(Ct);
            // A record without a SOP Class UID breaks a NOT NULL constraint: its transaction cannot commit.
            var faulty = Record("3.bad") with { SopClassUid = null! };
            var calls = Enumerable.Range(0, 12).Select(c => Task.Run(() => index.AddInstancesAsync([c == 6 ? faulty : Record($"3.{c}")], Ct))).ToList();
            await Assert.ThrowsAnyAsync<Exception>(() => calls[6]);
            Assert.All(calls.Where((_, c) => c != 6), call => Assert.Equal(AddInstanceOutcome.Added, Assert.Single(call.Result)));
            Assert.Equal(11, (await index.GetFileKeysAsync(Ct)).Count);
        }
        Directory.Delete(data, recursive: true);
    }

    private static IndexedInstance Record(string sop) => new(
        "2", "2.1", sop, "1.2.840.10008.5.1.4.1.1.7", "1.2.840.10008.1.2.1", Guid.NewGuid().ToString("N"), 10,
        "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), [], []);
}

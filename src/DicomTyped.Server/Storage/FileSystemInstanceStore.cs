using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Storage;

/// <summary>
/// Instance files in a folder: <c>files/{k0k1}/{key}.dcm</c> with a 32-hex random key (256 fan-out folders keep folders
/// small), written first as <c>tmp/{key}.part</c>. Both folders are on the same volume, so the commit is a rename. The
/// files of one batch share their two-character fan-out, so that committing a batch flushes one folder, not one per file.
/// </summary>
internal sealed class FileSystemInstanceStore : IInstanceFileStore
{
    private const string Extension = ".dcm";
    private readonly string _files;
    private readonly string _temporary;

    public FileSystemInstanceStore(string dataDirectory)
    {
        _files = Path.Combine(Path.GetFullPath(dataDirectory), "files");
        _temporary = Path.Combine(Path.GetFullPath(dataDirectory), "tmp");
        Directory.CreateDirectory(_temporary);
        // Every fan-out folder exists from the start (and is durable), so a commit never creates a folder it must then flush.
        for (var fanOut = 0; fanOut < 256; fanOut++)
        {
            Directory.CreateDirectory(Path.Combine(_files, fanOut.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }
        DiskSync.FlushDirectory(_files);
        DiskSync.FlushDirectory(Path.GetDirectoryName(_files)!);
    }

    public InstanceFileBatch CreateBatch() => new Batch(this, Convert.ToHexStringLower([(byte)RandomNumberGenerator.GetInt32(256)]));

    public Stream OpenRead(string fileKey) =>
        new FileStream(PathOf(fileKey), new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read | FileShare.Delete,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            BufferSize = 0,
        });

    public long? GetLength(string fileKey)
    {
        var info = new FileInfo(PathOf(fileKey));
        return info.Exists ? info.Length : null;
    }

    public void Delete(string fileKey) => File.Delete(PathOf(fileKey));

    public IEnumerable<string> EnumerateKeys()
    {
        foreach (var path in Directory.EnumerateFiles(_files, "*" + Extension, SearchOption.AllDirectories))
        {
            var key = Path.GetFileNameWithoutExtension(path);
            if (IsKey(key) && string.Equals(Path.GetDirectoryName(path), Path.GetDirectoryName(PathOf(key)), StringComparison.Ordinal))
            {
                yield return key;
            }
        }
    }

    public int RemoveTemporaryFiles()
    {
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(_temporary))
        {
            File.Delete(path);
            removed++;
        }
        return removed;
    }

    private string PathOf(string fileKey)
    {
        if (!IsKey(fileKey))
        {
            throw new ArgumentException($"'{fileKey}' is not an instance file key (32 lower-case hex digits).", nameof(fileKey));
        }
        return Path.Combine(_files, fileKey[..2], fileKey + Extension);
    }

    private static bool IsKey(string key)
    {
        if (key.Length != 32)
        {
            return false;
        }
        foreach (var c in key)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }

    private sealed class Batch(FileSystemInstanceStore store, string fanOut) : InstanceFileBatch
    {
        // Files neither committed nor disposed yet (a batch is used by one request at a time).
        private readonly HashSet<Pending> _open = [];

        public override PendingInstanceFile Create()
        {
            // 120 random bits after the batch's shared fan-out.
            var key = fanOut + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(15));
            var pending = new Pending(this, key, Path.Combine(store._temporary, key + ".part"), store.PathOf(key));
            _open.Add(pending);
            return pending;
        }

        public override async Task CommitAsync(IReadOnlyList<PendingInstanceFile> files, CancellationToken cancellationToken)
        {
            if (files.Count == 0)
            {
                return;
            }
            var pending = new List<Pending>(files.Count);
            foreach (var file in files)
            {
                pending.Add(file is Pending p && _open.Contains(p) && !p.Committed && p.Closed
                    ? p
                    : throw new ArgumentException("Only closed, uncommitted files of this batch can be committed.", nameof(files)));
            }
            var folder = Path.Combine(store._files, fanOut);
            try
            {
                // Renamed before the flush: a file under its key is not an instance until its index row commits, which its
                // caller does only after this flush; a crash in between leaves a file without a row, which start-up
                // reconciliation removes. The flush after the rename then commits the names with the bytes, where a
                // flush before it would need a second journal commit for the renames.
                // A rename does not wait for the device: done here, without a hand-over to the flush threads.
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var file in pending)
                {
                    File.Move(file.TemporaryPath, file.FinalPath, overwrite: false);
                    file.IsCommitted = true;
                }
                await DiskSync.FlushAsync(pending.ConvertAll(p => p.WriteStream), [folder], cancellationToken).ConfigureAwait(false);
                foreach (var file in pending)
                {
                    await file.WriteStream.DisposeAsync().ConfigureAwait(false);
                }
                _open.ExceptWith(pending);
            }
            catch
            {
                foreach (var file in pending)
                {
                    if (file.IsCommitted)
                    {
                        File.Delete(file.FinalPath);
                        file.IsCommitted = false;
                    }
                }
                throw;
            }
        }

        public void Forget(Pending pending) => _open.Remove(pending);

        public override async ValueTask DisposeAsync()
        {
            foreach (var pending in new List<Pending>(_open))
            {
                await pending.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private sealed class Pending : PendingInstanceFile
    {
        private readonly FileStream _stream;

        private readonly Batch _batch;

        public Pending(Batch batch, string key, string temporaryPath, string finalPath)
        {
            _batch = batch;
            FileKey = key;
            TemporaryPath = temporaryPath;
            FinalPath = finalPath;
            // Unbuffered and synchronous: the caller writes large blocks, each one write(2) into the page cache (no
            // thread-pool hand-over per write, as FileOptions.Asynchronous costs on Unix). The handle stays open until the
            // commit, which flushes through it (no second open) after the rename (hence FileShare.Delete, for Windows).
            _stream = new FileStream(temporaryPath, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.None,
                BufferSize = 0,
            });
        }

        public override string FileKey { get; }

        public string TemporaryPath { get; }

        public string FinalPath { get; }

        public bool Closed { get; private set; }

        /// <summary>Set by the batch once the file has its key.</summary>
        public bool IsCommitted { get; set; }

        public override bool Committed => IsCommitted;

        public override Stream Stream => _stream;

        /// <summary>The handle the content was written through, flushed by the commit.</summary>
        public FileStream WriteStream => _stream;

        public override Task CloseAsync(CancellationToken cancellationToken)
        {
            // Unbuffered: every byte written is already with the operating system.
            Closed = true;
            return Task.CompletedTask;
        }

        public override Stream OpenReadBack() =>
            new FileStream(TemporaryPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);

        public override async ValueTask DisposeAsync()
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            if (!IsCommitted)
            {
                File.Delete(TemporaryPath);
            }
            _batch.Forget(this);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Storage;

/// <summary>
/// Instance files in a folder: <c>files/{k0k1}/{key}.dcm</c> with a 32-hex random key (two characters of fan-out keep
/// folders small), written first as <c>tmp/{key}.part</c>. Both folders are on the same volume, so the commit is a rename.
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
        Directory.CreateDirectory(_files);
        Directory.CreateDirectory(_temporary);
    }

    public PendingInstanceFile CreatePending()
    {
        var key = Guid.NewGuid().ToString("N");
        return new Pending(key, Path.Combine(_temporary, key + ".part"), PathOf(key));
    }

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

    private sealed class Pending : PendingInstanceFile
    {
        private readonly string _temporaryPath;
        private readonly string _finalPath;
        private readonly FileStream _stream;
        private bool _committed;

        public Pending(string key, string temporaryPath, string finalPath)
        {
            FileKey = key;
            _temporaryPath = temporaryPath;
            _finalPath = finalPath;
            _stream = new FileStream(temporaryPath, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.Read,
                Options = FileOptions.Asynchronous,
                BufferSize = 64 * 1024,
            });
        }

        public override string FileKey { get; }

        public override Stream Stream => _stream;

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            // Durable before it is acknowledged: a crash after the answer must not lose the bytes.
            _stream.Flush(flushToDisk: true);
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        public override Stream OpenReadBack() =>
            new FileStream(_temporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);

        public override void Commit()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_finalPath)!);
            File.Move(_temporaryPath, _finalPath, overwrite: false);
            _committed = true;
        }

        public override async ValueTask DisposeAsync()
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            if (!_committed)
            {
                File.Delete(_temporaryPath);
            }
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Storage;

/// <summary>
/// Where instance files live. A file is known by a key the store chooses (never derived from a UID, so no identifier
/// can change a path); it is written under a temporary name and then given its key. A file under its key is an instance
/// only once the index has its row, written after the file is on disk. Files are made durable by batch
/// (<see cref="InstanceFileBatch"/>): a store request pays for its files' flushes together, not one by one.
/// </summary>
internal interface IInstanceFileStore
{
    /// <summary>Starts a batch of new files that are flushed and committed together; dispose it to remove what was not committed.</summary>
    InstanceFileBatch CreateBatch();

    /// <summary>Opens a committed file for reading (shared, asynchronous, sequential).</summary>
    /// <exception cref="FileNotFoundException">No file has that key.</exception>
    /// <exception cref="System.ArgumentException">The key is not one this store makes.</exception>
    Stream OpenRead(string fileKey);

    /// <summary>The size in bytes of a committed file, or null when it does not exist.</summary>
    long? GetLength(string fileKey);

    /// <summary>Removes a committed file; nothing happens when it is already gone.</summary>
    void Delete(string fileKey);

    /// <summary>Every committed file's key (for start-up reconciliation with the index).</summary>
    IEnumerable<string> EnumerateKeys();

    /// <summary>Removes files left under temporary names by a crash; returns how many.</summary>
    int RemoveTemporaryFiles();
}

/// <summary>
/// New files written under temporary names, then committed together by <see cref="CommitAsync"/>: the files are renamed to
/// their keys, then their bytes and the one folder they share are flushed to the device (all at once, so the file system
/// joins the flushes into one journal commit). Disposing removes every file of the batch that was not committed.
/// </summary>
internal abstract class InstanceFileBatch : System.IAsyncDisposable
{
    /// <summary>Starts a new file under a temporary name.</summary>
    public abstract PendingInstanceFile Create();

    /// <summary>
    /// Makes <paramref name="files"/> (closed, of this batch) durable under their keys. On an exception or cancellation no
    /// file of the list is left under its key.
    /// </summary>
    /// <exception cref="IOException">A flush or rename failed.</exception>
    public abstract Task CommitAsync(IReadOnlyList<PendingInstanceFile> files, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}

/// <summary>A file being written: write <see cref="Stream"/>, <see cref="CloseAsync"/>, read it back, then commit it with its batch.</summary>
internal abstract class PendingInstanceFile : System.IAsyncDisposable
{
    /// <summary>The key the file gets on commit.</summary>
    public abstract string FileKey { get; }

    /// <summary>Write the content here, preferably synchronously and in large blocks: it is unbuffered, and a write only
    /// copies into the operating system's cache.</summary>
    public abstract Stream Stream { get; }

    /// <summary>Ends the writing: what was written is with the operating system (no flush to the device: the batch does
    /// that, through the same handle, which stays open until the commit or disposal).</summary>
    public abstract Task CloseAsync(CancellationToken cancellationToken);

    /// <summary>Opens what was written, after <see cref="CloseAsync"/>.</summary>
    public abstract Stream OpenReadBack();

    /// <summary>Whether the batch has committed the file under its key.</summary>
    public abstract bool Committed { get; }

    /// <summary>Closes the file and, unless committed, removes it; safe to call twice.</summary>
    public abstract ValueTask DisposeAsync();
}

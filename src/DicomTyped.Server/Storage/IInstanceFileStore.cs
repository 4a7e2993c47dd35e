using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Storage;

/// <summary>
/// Where instance files live. A file is known by a key the store chooses (never derived from a UID, so no identifier
/// can change a path); it is written under a temporary name, flushed to disk and only then given its key.
/// </summary>
internal interface IInstanceFileStore
{
    /// <summary>Starts a new file under a temporary name; dispose the result without committing to remove it.</summary>
    PendingInstanceFile CreatePending();

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

/// <summary>A file being written: write <see cref="Stream"/>, flush, then <see cref="Commit"/>, or dispose to discard.</summary>
internal abstract class PendingInstanceFile : System.IAsyncDisposable
{
    /// <summary>The key the file gets on commit.</summary>
    public abstract string FileKey { get; }

    /// <summary>Write the content here; it can be read back (<see cref="OpenReadBack"/>) before commit.</summary>
    public abstract Stream Stream { get; }

    /// <summary>Flushes what was written to disk (and closes the write stream).</summary>
    public abstract Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Opens what was written, after <see cref="FlushAsync"/>.</summary>
    public abstract Stream OpenReadBack();

    /// <summary>Gives the flushed file its key: from now on it is a committed file.</summary>
    public abstract void Commit();

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}

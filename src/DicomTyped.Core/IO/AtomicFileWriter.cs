using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.IO;

/// <summary>
/// Writes a file so that a failed write destroys nothing that was there: the bytes go to a temporary file in the
/// target's own folder (so the final rename stays on one file system), which is flushed to disk and renamed over the
/// target only by <see cref="CommitAsync"/> or <see cref="Commit"/>. Disposing without committing deletes the
/// temporary file and leaves the target as it was.
/// </summary>
internal sealed class AtomicFileWriter : IDisposable, IAsyncDisposable
{
    private readonly FileStream stream;
    private bool committed;

    private AtomicFileWriter(string targetPath, string temporaryPath, FileStream stream)
    {
        TargetPath = targetPath;
        TemporaryPath = temporaryPath;
        this.stream = stream;
    }

    /// <summary>The file that <see cref="Commit"/> replaces or creates.</summary>
    public string TargetPath { get; }

    /// <summary>The hidden temporary file the bytes are written to first.</summary>
    public string TemporaryPath { get; }

    /// <summary>Where to write the content.</summary>
    public Stream Stream => stream;

    /// <summary>Creates the temporary file beside <paramref name="targetPath"/>.</summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static AtomicFileWriter Create(string targetPath, bool asynchronous = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetPath);
        var full = Path.GetFullPath(targetPath);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{targetPath}' has no folder to write into.");
        // Random suffix: two writers of the same target never share a temporary file.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = asynchronous ? FileOptions.Asynchronous : FileOptions.None,
            BufferSize = 81920,
        };
        return new AtomicFileWriter(full, temporary, new FileStream(temporary, options));
    }

    /// <summary>Flushes the content to disk and moves it over the target.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(committed, this);
        stream.Flush(flushToDisk: true);
        stream.Dispose();
        File.Move(TemporaryPath, TargetPath, overwrite: true);
        committed = true;
    }

    /// <summary>Flushes the content to disk and moves it over the target.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
        await stream.DisposeAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        File.Move(TemporaryPath, TargetPath, overwrite: true);
        committed = true;
    }

    /// <summary>Deletes the temporary file unless the write was committed.</summary>
    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        stream.Dispose();
        TryDelete();
    }

    /// <summary>Deletes the temporary file unless the write was committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (committed)
        {
            return;
        }

        await stream.DisposeAsync().ConfigureAwait(false);
        TryDelete();
    }

    private void TryDelete()
    {
        try
        {
            File.Delete(TemporaryPath);
        }
        catch (IOException)
        {
            // Best effort: the target is untouched either way, and the name is hidden and unique.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

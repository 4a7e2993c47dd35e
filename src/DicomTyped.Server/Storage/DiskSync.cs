using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Storage;

/// <summary>
/// Flushes to the device what the operating system holds in its cache. A flush blocks its thread for milliseconds, so it
/// runs on threads of its own (never the thread pool's few), and the files of a batch are flushed at the same time: the
/// file system (ext4's journal, for one) joins flushes that wait together into fewer commits.
/// </summary>
internal static class DiskSync
{
    // Enough flushes in flight for the journal to group them; more would only add threads.
    private const int MaxParallelFlushes = 16;

    /// <summary>Flushes each file's bytes and size to the device (fsync).</summary>
    /// <exception cref="IOException">A file could not be opened or flushed.</exception>
    public static async Task FlushFilesAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var next = -1;
        void Flush()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < paths.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // fsync needs a handle open for writing in .NET (Flush(true) does nothing on a read-only stream).
                using var stream = new FileStream(paths[index], FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                stream.Flush(flushToDisk: true);
            }
        }
        var workers = Math.Min(paths.Count, MaxParallelFlushes);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ =>
            Task.Factory.StartNew(Flush, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default))).ConfigureAwait(false);
    }

    /// <summary>
    /// Flushes a folder's entries (names added or renamed in it) to the device. POSIX makes a rename durable only once its
    /// folder is flushed; Windows has no such call and journals the rename with the file's metadata, so there it does nothing.
    /// </summary>
    /// <exception cref="IOException">The folder could not be opened or flushed.</exception>
    public static void FlushDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        // A folder cannot be opened as a FileStream on Unix; open(2) read-only then fsync(2).
        var fd = Native.open(path, 0);
        if (fd < 0)
        {
            throw new IOException($"Cannot open folder '{path}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }
        try
        {
            if (Native.fsync(fd) != 0)
            {
                throw new IOException($"Cannot flush folder '{path}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Native.close(fd);
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        internal static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        internal static extern int fsync(int fd);

        [DllImport("libc")]
        internal static extern int close(int fd);
    }
}

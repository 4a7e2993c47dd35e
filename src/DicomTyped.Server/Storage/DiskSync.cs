using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Storage;

/// <summary>
/// Flushes to the device what the operating system holds in its cache. A flush blocks its thread for milliseconds, so it
/// runs on threads of its own (a handful made once, never the thread pool's few, which serve the requests), and the files
/// of a batch are flushed at the same time: the file system (ext4's journal, for one) joins flushes that wait together
/// into one commit.
/// </summary>
internal static class DiskSync
{
    // Enough flushes in flight for the journal to group them; more would only add threads.
    private const int FlushThreads = 16;

    private static readonly BlockingCollection<Action> Work = StartThreads();

    /// <summary>Runs blocking file-system work (renames, flushes) on the flush threads.</summary>
    public static Task RunAsync(Action work, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Work.Add(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.SetCanceled(cancellationToken);
                return;
            }
            try
            {
                work();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }, CancellationToken.None);
        return done.Task;
    }

    /// <summary>
    /// Flushes each file's bytes and size, and each folder's entries, to the device (fsync), all at the same time: the
    /// folders' flushes need not wait for the files' (both only have to be done before the caller goes on), so the file
    /// system can commit them all in one journal commit.
    /// </summary>
    /// <exception cref="IOException">A file or folder could not be opened or flushed.</exception>
    public static async Task FlushAsync(IReadOnlyList<string> files, IReadOnlyCollection<string> folders, CancellationToken cancellationToken)
    {
        var next = -1;
        void FlushFiles()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < files.Count)
            {
                // fsync needs a handle open for writing in .NET (Flush(true) does nothing on a read-only stream).
                using var stream = new FileStream(files[index], FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                stream.Flush(flushToDisk: true);
            }
        }
        var workers = Math.Clamp(files.Count, 1, FlushThreads - 1);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => RunAsync(FlushFiles, cancellationToken))
            .Append(RunAsync(() =>
            {
                foreach (var folder in folders)
                {
                    FlushDirectory(folder);
                }
            }, cancellationToken))).ConfigureAwait(false);
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

    private static BlockingCollection<Action> StartThreads()
    {
        var work = new BlockingCollection<Action>();
        for (var i = 0; i < FlushThreads; i++)
        {
            // Background threads: they never keep the process alive, and they live as long as it does.
            new Thread(() =>
            {
                foreach (var item in work.GetConsumingEnumerable())
                {
                    item();
                }
            })
            { IsBackground = true, Name = "DicomTyped disk flush" }.Start();
        }
        return work;
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

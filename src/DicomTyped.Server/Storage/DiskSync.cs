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
/// runs on threads of its own (a handful made once, never the thread pool's few, which serve the requests), and the files
/// of a batch are flushed at the same time: the file system (ext4's journal, for one) joins flushes that wait together
/// into one commit.
/// </summary>
internal static class DiskSync
{
    // Enough flushes in flight for the journal to group them; more would only add threads.
    private const int FlushThreads = 16;

    // Work waiting for a flush thread. A plain monitor, not a BlockingCollection: its SemaphoreSlim spins (sched_yield)
    // before it sleeps, and sixteen idle threads spinning on every hand-over cost more CPU than the stores themselves on
    // a machine with few cores. Monitor.Wait sleeps at once.
    private static readonly Queue<Action> Work = StartThreads();

    /// <summary>Runs blocking file-system work (renames, flushes) on the flush threads.</summary>
    public static Task RunAsync(Action work, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(() =>
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
        });
        return done.Task;
    }

    private static void Enqueue(Action item)
    {
        lock (Work)
        {
            Work.Enqueue(item);
            Monitor.Pulse(Work);
        }
    }

    /// <summary>
    /// Flushes each file's bytes and size, and each folder's entries, to the device (fsync), all at the same time: the
    /// folders' flushes need not wait for the files' (both only have to be done before the caller goes on), so the file
    /// system can commit them all in one journal commit.
    /// </summary>
    /// <param name="files">The files, each by a stream open for writing (fsync needs a handle open for writing in .NET:
    /// Flush(true) does nothing on a read-only stream); the handle written through is flushed, with no second open.</param>
    /// <param name="folders">Folders whose entries must be durable.</param>
    /// <param name="cancellationToken">Cancels what has not started.</param>
    /// <exception cref="IOException">A file or folder could not be flushed.</exception>
    public static async Task FlushAsync(IReadOnlyList<FileStream> files, IReadOnlyCollection<string> folders, CancellationToken cancellationToken)
    {
        var next = -1;
        void FlushFiles()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < files.Count)
            {
                files[index].Flush(flushToDisk: true);
            }
        }
        void FlushFolders()
        {
            foreach (var folder in folders)
            {
                FlushDirectory(folder);
            }
        }
        var workers = Math.Clamp(files.Count, 1, FlushThreads - 1);
        if (workers == 1)
        {
            // One file (a store of one instance): two hand-overs, no LINQ.
            await Task.WhenAll(RunAsync(FlushFiles, cancellationToken), RunAsync(FlushFolders, cancellationToken)).ConfigureAwait(false);
            return;
        }
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => RunAsync(FlushFiles, cancellationToken))
            .Append(RunAsync(FlushFolders, cancellationToken))).ConfigureAwait(false);
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

    private static Queue<Action> StartThreads()
    {
        var work = new Queue<Action>();
        for (var i = 0; i < FlushThreads; i++)
        {
            // Background threads: they never keep the process alive, and they live as long as it does.
            new Thread(() =>
            {
                while (true)
                {
                    Action item;
                    lock (work)
                    {
                        while (work.Count == 0)
                        {
                            Monitor.Wait(work);
                        }
                        item = work.Dequeue();
                    }
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

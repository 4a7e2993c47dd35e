using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Server.Retrieve;

/// <summary>Copies a stored file into the response pipe in bounded chunks, with the pipe's back-pressure.</summary>
internal static class PipeFileCopy
{
    // Reads straight into the pipe's memory: one copy less than Stream.CopyToAsync through a buffer of its own.
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Copies exactly <paramref name="length"/> bytes of <paramref name="source"/>. A file that turns out shorter
    /// throws, because the part's Content-Length has been promised already; the caller then aborts the connection.
    /// </summary>
    /// <exception cref="IOException">The file ended before <paramref name="length"/> bytes.</exception>
    public static async Task CopyAsync(Stream source, PipeWriter destination, long length, CancellationToken cancellationToken)
    {
        long copied = 0;
        while (copied < length)
        {
            var memory = destination.GetMemory(ChunkSize);
            var want = (int)Math.Min(memory.Length, length - copied);
            var read = await source.ReadAsync(memory[..want], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException($"The stored file ended after {copied} of its {length} bytes.");
            }
            destination.Advance(read);
            copied += read;
            var result = await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCompleted || result.IsCanceled)
            {
                throw new OperationCanceledException("The client stopped reading the response.");
            }
        }
    }
}

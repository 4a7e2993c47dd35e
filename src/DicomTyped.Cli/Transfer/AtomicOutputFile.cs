using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Transfer;

/// <summary>
/// Writes an output file so that a failure destroys nothing: the bytes go to a hidden temporary file beside the
/// target, are flushed to disk, and only then renamed over it. A failed write leaves no temporary file behind.
/// </summary>
internal static class AtomicOutputFile
{
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.part");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Validation;
using DicomTyped.IO;

namespace DicomTyped.Dicom.Part10;

/// <remarks>
/// Saving. Every save checks the whole file first (<see cref="DicomValidationException"/>) and writes nothing when a
/// rule is broken. Values that came unchanged from a parsed file are written back as they were, unchecked, so a file
/// that reads without error saves without error; values set by a caller must follow PS3.5 6.2 unless
/// <see cref="DicomWriteOptions.AllowInvalidValues"/> is set. Structure is always checked.
/// Without options the data set is written in Explicit VR Little Endian: a file read in Explicit VR Big Endian
/// (retired, PS3.5 A.3) is converted, and <see cref="DicomSaveResult.Warnings"/> says so; use
/// <see cref="DicomWriteOptions.SourceTransferSyntax"/> to keep it.
/// </remarks>
public sealed partial class DicomFile
{
    /// <summary>Writes the file to a stream (see <see cref="DicomWriteOptions"/> for the transfer syntax chosen).</summary>
    /// <returns>The transfer syntax written and the warnings (for example a conversion from big endian).</returns>
    /// <exception cref="DicomValidationException">
    /// An element breaks a rule of its VR or of the data set's structure; nothing was written to <paramref name="stream"/>.
    /// </exception>
    /// <exception cref="InvalidOperationException">The pixel data would need transcoding into the chosen transfer syntax.</exception>
    public DicomSaveResult Save(Stream stream, DicomWriteOptions? options = null) =>
        DicomFileWriter.WriteAsync(this, stream, options ?? DicomWriteOptions.Default, async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Writes the file to a stream asynchronously.</summary>
    /// <returns>The transfer syntax written and the warnings (for example a conversion from big endian).</returns>
    /// <exception cref="DicomValidationException">An element breaks a rule; nothing was written to <paramref name="stream"/>.</exception>
    /// <exception cref="InvalidOperationException">The pixel data would need transcoding into the chosen transfer syntax.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the stream holds part of the file.</exception>
    public ValueTask<DicomSaveResult> SaveAsync(Stream stream, DicomWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        DicomFileWriter.WriteAsync(this, stream, options ?? DicomWriteOptions.Default, async: true, cancellationToken);

    /// <summary>
    /// Writes the file to a path: to a temporary file in the same folder, flushed to disk and then renamed over
    /// <paramref name="path"/>. A save that fails (refused, or an I/O error) leaves whatever was at the path untouched
    /// and no temporary file behind. Saving over the file this object was opened from works, pixel data by reference
    /// included (on file systems that allow renaming over an open file, as Linux and macOS do).
    /// </summary>
    /// <returns>The transfer syntax written and the warnings (for example a conversion from big endian).</returns>
    /// <exception cref="DicomValidationException">An element breaks a rule; the file at the path was not touched.</exception>
    /// <exception cref="InvalidOperationException">The pixel data would need transcoding into the chosen transfer syntax.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public DicomSaveResult Save(string path, DicomWriteOptions? options = null)
    {
        using var target = AtomicFileWriter.Create(path);
        var result = Save(target.Stream, options);
        target.Commit();
        return result;
    }

    /// <summary>Writes the file to a path asynchronously, as <see cref="Save(string, DicomWriteOptions?)"/> does.</summary>
    /// <returns>The transfer syntax written and the warnings (for example a conversion from big endian).</returns>
    /// <exception cref="DicomValidationException">An element breaks a rule; the file at the path was not touched.</exception>
    /// <exception cref="InvalidOperationException">The pixel data would need transcoding into the chosen transfer syntax.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the file at the path was not touched.</exception>
    public async Task<DicomSaveResult> SaveAsync(string path, DicomWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var target = AtomicFileWriter.Create(path, asynchronous: true);
        await using (target.ConfigureAwait(false))
        {
            var result = await SaveAsync(target.Stream, options, cancellationToken).ConfigureAwait(false);
            await target.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }
}

using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Negotiation;

namespace DicomTyped.Server.Retrieve;

/// <summary>Writes one stored instance into the response in the chosen <see cref="InstanceEncoding"/>.</summary>
internal static class InstancePayloadWriter
{
    // Pixel data stays in the file and is copied range by range, so a transcode holds only the header in memory
    // (deflated files, which cannot be referenced, are loaded, and are bounded by the transcode size limit).
    private static readonly DicomReadOptions s_readOptions = new() { PixelData = PixelDataHandling.Reference };

    /// <summary>The part's Content-Type, e.g. <c>application/dicom; transfer-syntax=1.2.840.10008.1.2.1</c>.</summary>
    public static string ContentType(InstanceEncoding encoding) =>
        MediaTypes.Dicom + "; transfer-syntax=" + encoding.TransferSyntax.Uid;

    /// <summary>The byte count of the payload when it is known before writing (the stored file as is), else null.</summary>
    public static long? KnownLength(InstanceEncoding encoding, long fileLength) => encoding.Transcode ? null : fileLength;

    /// <summary>Writes the instance: the file's bytes, or the file re-encoded by the core's Part 10 reader and writer.</summary>
    /// <param name="file">The stored file, at its start; seekable, so pixel data can be referenced.</param>
    /// <param name="fileLength">The file's length, as announced for an untouched copy.</param>
    /// <param name="encoding">How to send it.</param>
    /// <param name="destination">The response pipe.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <exception cref="DicomParseException">A file to transcode is not well-formed DICOM.</exception>
    public static async Task WriteAsync(Stream file, long fileLength, InstanceEncoding encoding, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (!encoding.Transcode)
        {
            await PipeFileCopy.CopyAsync(file, destination, fileLength, cancellationToken).ConfigureAwait(false);
            return;
        }
        var dicom = await DicomFile.ReadAsync(file, s_readOptions, cancellationToken).ConfigureAwait(false);
        var output = destination.AsStream(leaveOpen: true);
        await using (output.ConfigureAwait(false))
        {
            await dicom.SaveAsync(output, new DicomWriteOptions { TransferSyntax = encoding.TransferSyntax }, cancellationToken).ConfigureAwait(false);
        }
    }
}

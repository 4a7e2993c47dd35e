using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Index;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// One stored instance opened for its pixel data (frames, rendered): the index row, and the file read with pixel data
/// left on disk, so only the frames asked for are read. Dispose it to close the file.
/// </summary>
internal sealed class StoredInstance : IAsyncDisposable
{
    private static readonly DicomReadOptions s_referencePixels = new() { PixelData = PixelDataHandling.Reference };
    private readonly Stream _stream;

    private StoredInstance(InstanceLocation location, Stream stream, DicomFile file)
    {
        Location = location;
        _stream = stream;
        File = file;
    }

    /// <summary>The index row.</summary>
    public InstanceLocation Location { get; }

    /// <summary>The file; its pixel data is a reference into the open stream.</summary>
    public DicomFile File { get; }

    /// <summary>The number of frames (Number of Frames, 1 when absent).</summary>
    public int FrameCount => DicomFrames.GetFrameCount(File.Dataset);

    /// <summary>Finds and opens the instance.</summary>
    /// <param name="services">The server's index and files.</param>
    /// <param name="study">Study Instance UID.</param>
    /// <param name="series">Series Instance UID.</param>
    /// <param name="instance">SOP Instance UID.</param>
    /// <param name="maxLoadedSize">
    /// A deflated file cannot leave its pixel data on disk and is inflated into memory, so one larger than this (the
    /// transcode limit) is refused with 406 rather than loaded.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DicomWebRequestException">404: the instance is not stored, or it has no pixel data; 406: a deflated file over the limit.</exception>
    public static async Task<StoredInstance> OpenAsync(DicomWebServices services, string study, string series, string instance, long maxLoadedSize, CancellationToken cancellationToken)
    {
        var located = await services.Index.GetInstancesAsync(study, series, instance, cancellationToken).ConfigureAwait(false);
        if (located.Count == 0)
        {
            throw DicomWebRequestException.NotFound(InstancesHandler.NotFoundMessage(study, series, instance));
        }
        var location = located[0];
        var syntax = TransferSyntax.FromUid(location.TransferSyntaxUid);
        if (syntax.IsDeflated && location.Size > maxLoadedSize)
        {
            throw DicomWebRequestException.NotAcceptable($"Instance {instance} is deflated and {location.Size} bytes, above the {maxLoadedSize}-byte limit for inflating it.");
        }
        var stream = services.Files.OpenRead(location.FileKey);
        try
        {
            var file = await DicomFile.ReadAsync(stream, s_referencePixels, cancellationToken).ConfigureAwait(false);
            if (file.Dataset[CoreTags.PixelData] is null)
            {
                throw DicomWebRequestException.NotFound($"Instance {instance} has no pixel data (7FE0,0010).");
            }
            return new StoredInstance(location, stream, file);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Throws 404 unless <paramref name="frame"/> is one of the instance's frames.</summary>
    /// <exception cref="DicomWebRequestException">404.</exception>
    public void RequireFrame(int frame)
    {
        if (frame < 1 || frame > FrameCount)
        {
            throw DicomWebRequestException.NotFound($"Frame {frame} is not in instance {Location.SopInstanceUid}, which has frames 1 to {FrameCount}.");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}

using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Transfer;
using DicomTyped.Client;

namespace DicomTyped.Cli.Retrieve;

/// <summary>
/// <c>dicomweb rendered</c>: an instance or one frame rendered by the server as JPEG or PNG, saved to <c>--output</c>
/// or, without it, to <c>{SOPInstanceUID}[.frame-{n}].jpg|.png</c> in the current folder.
/// </summary>
internal static class RenderedSaver
{
    public static async Task<(string Path, RenderedImage Image)> SaveAsync(DicomWebClient client, RetrieveTarget target, int? frame, RenderedFormat format, int? quality, string? output, CancellationToken cancellationToken)
    {
        var extension = format == RenderedFormat.Png ? ".png" : ".jpg";
        var frameSuffix = frame is { } number ? ".frame-" + number.ToString(CultureInfo.InvariantCulture) : "";
        var path = output ?? UidFileName.Of(target.Instance!, frameSuffix + extension);
        var image = frame is { } n
            ? await client.RetrieveRenderedFrameAsync(target.Study, target.Series!, target.Instance!, n, format, quality, cancellationToken).ConfigureAwait(false)
            : await client.RetrieveRenderedInstanceAsync(target.Study, target.Series!, target.Instance!, format, quality, cancellationToken).ConfigureAwait(false);
        await AtomicOutputFile.WriteAsync(path, image.Data, cancellationToken).ConfigureAwait(false);
        return (Path.GetFullPath(path), image);
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Transfer;
using DicomTyped.Client;

namespace DicomTyped.Cli.Retrieve;

/// <summary>
/// <c>dicomweb frames</c>: frames of an instance, each saved as <c>{SOPInstanceUID}.frame-{n}{.raw|.jpg|.jp2…}</c>
/// in the output folder, with the bytes as the server sent them (native pixels, or one compressed bitstream).
/// </summary>
internal static class FramesSaver
{
    public static async Task<IReadOnlyList<(string Path, DicomFrame Frame)>> SaveAsync(DicomWebClient client, RetrieveTarget target, IReadOnlyList<int> frameNumbers, string folder, CancellationToken cancellationToken)
    {
        UidFileName.Of(target.Instance!, "");
        var frames = await client.RetrieveFramesAsync(target.Study, target.Series!, target.Instance!, frameNumbers, cancellationToken).ConfigureAwait(false);
        var saved = new List<(string, DicomFrame)>(frames.Count);
        foreach (var frame in frames)
        {
            var suffix = $".frame-{frame.Number.ToString(CultureInfo.InvariantCulture)}{MediaTypeExtensions.Of(frame.MediaType)}";
            var path = Path.Combine(folder, UidFileName.Of(target.Instance!, suffix));
            await AtomicOutputFile.WriteAsync(path, frame.Data, cancellationToken).ConfigureAwait(false);
            saved.Add((path, frame));
        }
        return saved;
    }
}

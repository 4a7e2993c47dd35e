using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Transfer;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Cli.Retrieve;

/// <summary>
/// <c>dicomweb metadata</c>: the DICOM JSON (PS3.18 F.2) of every instance of a study, series or one instance, as an
/// array, to stdout or to a file. The answer is read by the client's DICOM JSON reader and written again by the
/// library's writer, so what is printed is checked DICOM JSON, whatever the server's formatting.
/// </summary>
internal static class MetadataWriter
{
    /// <summary>Writes the metadata and returns how many instances it describes.</summary>
    public static async Task<int> WriteAsync(DicomWebClient client, RetrieveTarget target, string? output, TextWriter stdout, CancellationToken cancellationToken)
    {
        var result = target.Instance is not null
            ? await client.RetrieveInstanceMetadataAsync(target.Study, target.Series!, target.Instance, cancellationToken: cancellationToken).ConfigureAwait(false)
            : target.Series is not null
                ? await client.RetrieveSeriesMetadataAsync(target.Study, target.Series, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await client.RetrieveStudyMetadataAsync(target.Study, cancellationToken: cancellationToken).ConfigureAwait(false);
        var json = DicomJsonWriter.ToUtf8Bytes(result.Items);
        if (output is null)
        {
            await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(json)).ConfigureAwait(false);
        }
        else
        {
            await AtomicOutputFile.WriteAsync(output, json, cancellationToken).ConfigureAwait(false);
        }
        return result.Items.Count;
    }
}

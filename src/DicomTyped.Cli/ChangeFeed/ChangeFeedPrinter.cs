using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Cli.ChangeFeed;

/// <summary>
/// One line per change-feed entry: tab-separated (sequence, timestamp, action, state, study, series, instance), or
/// with <c>--json</c> one JSON object per line in the service's shape (Azure DICOM change feed), so <c>--follow</c> streams.
/// </summary>
internal sealed class ChangeFeedPrinter(TextWriter output, bool json)
{
    public async Task PrintAsync(ChangeFeedEntry entry)
    {
        await output.WriteLineAsync(json ? Json(entry) : Text(entry)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    private static string Text(ChangeFeedEntry entry)
    {
        var line = string.Join('\t',
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            entry.Action.ToString().ToLowerInvariant(),
            entry.State.ToString().ToLowerInvariant(),
            entry.StudyInstanceUid ?? "",
            entry.SeriesInstanceUid ?? "",
            entry.SopInstanceUid ?? "");
        return entry.Metadata is { } metadata ? $"{line}\tmetadata: {metadata.Count} attributes" : line;
    }

    private static string Json(ChangeFeedEntry entry)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("Sequence", entry.Sequence);
            writer.WriteString("StudyInstanceUID", entry.StudyInstanceUid);
            writer.WriteString("SeriesInstanceUID", entry.SeriesInstanceUid);
            writer.WriteString("SOPInstanceUID", entry.SopInstanceUid);
            writer.WriteString("Action", entry.Action.ToString());
            writer.WriteString("Timestamp", entry.Timestamp);
            writer.WriteString("State", entry.State.ToString());
            if (entry.Metadata is { } metadata)
            {
                writer.WritePropertyName("Metadata");
                DicomJsonWriter.Write(writer, metadata);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

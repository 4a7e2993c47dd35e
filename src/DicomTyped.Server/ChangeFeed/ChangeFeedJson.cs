using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Index;
using DicomTyped.Server.Metadata;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.ChangeFeed;

/// <summary>Writes one change-feed entry as Azure does (PascalCase names, lower-case action and state).</summary>
internal static class ChangeFeedJson
{
    public static async Task WriteAsync(Utf8JsonWriter writer, ChangeRow row, bool includeMetadata, IInstanceFileStore files, CancellationToken cancellationToken)
    {
        writer.WriteStartObject();
        writer.WriteNumber("Sequence", row.Sequence);
        writer.WriteString("StudyInstanceUid", row.StudyInstanceUid);
        writer.WriteString("SeriesInstanceUid", row.SeriesInstanceUid);
        writer.WriteString("SopInstanceUid", row.SopInstanceUid);
        writer.WriteString("Action", row.Action == ChangeAction.Create ? "create" : "delete");
        writer.WriteString("Timestamp", row.Timestamp.UtcDateTime);
        writer.WriteString("State", row.State);
        if (includeMetadata && row.CurrentFileKey is { } fileKey)
        {
            var metadata = await ReadMetadataAsync(files, fileKey, row.InvalidTags, cancellationToken).ConfigureAwait(false);
            if (metadata is not null)
            {
                writer.WritePropertyName("Metadata");
                DicomJsonWriter.Write(writer, metadata);
            }
        }
        writer.WriteEndObject();
    }

    private static async Task<Dicom.DicomDataset?> ReadMetadataAsync(IInstanceFileStore files, string fileKey, System.Collections.Generic.IReadOnlyList<uint> invalidTags, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = files.OpenRead(fileKey);
            var file = await DicomFile.ReadAsync(stream, new DicomReadOptions { StopBeforePixelData = true }, cancellationToken).ConfigureAwait(false);
            return MetadataFilter.WithoutBulkData(file.Dataset, invalidTags);
        }
        catch (FileNotFoundException)
        {
            // Deleted between the index read and now: the entry goes without metadata, as for a deleted instance.
            return null;
        }
    }
}

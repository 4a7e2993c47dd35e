using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Query;
using DicomTyped.Server.Index;
using DicomTyped.Server.Metadata;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.Search;

/// <summary>
/// Writes one match: the profile's default attributes of each level the route carries, those added by
/// <c>includefield=all</c> or named by <c>includefield</c>, the matched ones, the route's UIDs and the computed counts.
/// The index keeps each level's attributes as DICOM JSON, so they are copied as JSON (no data set is rebuilt per match);
/// attributes the index does not keep (other public or private tags named by includefield) are read from a file of the match.
/// </summary>
internal sealed class QidoMatchBuilder(QidoSearch search, QidoRoute route, IInstanceFileStore files)
{
    private const uint NumberOfStudyRelatedInstances = 0x00201208;
    private const uint NumberOfSeriesRelatedInstances = 0x00201209;
    private const uint ModalitiesInStudy = 0x00080061;

    private readonly List<uint> _fromFile = FieldsOutsideProfile(search);

    public async Task WriteAsync(Utf8JsonWriter writer, SearchRow row, CancellationToken cancellationToken)
    {
        // Keys of DICOM JSON are in ascending tag order (PS3.18 F.2.2): gather, then write in order.
        var attributes = new SortedDictionary<uint, Action<Utf8JsonWriter>>();
        var carriesStudy = route.CarriesStudy || route.ResultLevel == QidoLevel.Study;
        Copy(row.StudyAttributes, QidoLevel.Study, carriesStudy, DicomTags.StudyInstanceUID.Value, attributes);
        if (route.ResultLevel != QidoLevel.Study)
        {
            Copy(row.SeriesAttributes, QidoLevel.Series, route.CarriesSeries || route.ResultLevel == QidoLevel.Series, DicomTags.SeriesInstanceUID.Value, attributes);
        }
        if (route.ResultLevel == QidoLevel.Instance)
        {
            Copy(row.InstanceAttributes, QidoLevel.Instance, true, DicomTags.SOPInstanceUID.Value, attributes);
        }
        if (Wants(NumberOfStudyRelatedInstances) && carriesStudy)
        {
            attributes[NumberOfStudyRelatedInstances] = Number(row.StudyRelatedInstances);
        }
        if (Wants(NumberOfSeriesRelatedInstances) && row.SeriesRelatedInstances is { } seriesCount && route.ResultLevel == QidoLevel.Series)
        {
            attributes[NumberOfSeriesRelatedInstances] = Number(seriesCount);
        }
        if ((search.MatchedTags.Contains(ModalitiesInStudy) || search.IncludeFields.Contains(ModalitiesInStudy)) && row.ModalitiesInStudy.Count > 0)
        {
            var modalities = row.ModalitiesInStudy;
            attributes[ModalitiesInStudy] = w =>
            {
                w.WriteStartObject();
                w.WriteString("vr", "CS");
                w.WriteStartArray("Value");
                foreach (var modality in modalities)
                {
                    w.WriteStringValue(modality);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            };
        }
        if (_fromFile.Count > 0)
        {
            await CopyFromFileAsync(row.FileKey, attributes, cancellationToken).ConfigureAwait(false);
        }
        writer.WriteStartObject();
        foreach (var (tag, write) in attributes)
        {
            writer.WritePropertyName(tag.ToString("X8", CultureInfo.InvariantCulture));
            write(writer);
        }
        writer.WriteEndObject();
    }

    private bool Wants(uint tag) => search.IncludeAll || search.IncludeFields.Contains(tag);

    /// <summary>Copies a level's stored attributes that the match returns; when the level is not carried, only its UID.</summary>
    private void Copy(byte[]? json, QidoLevel level, bool carried, uint uidTag, SortedDictionary<uint, Action<Utf8JsonWriter>> attributes)
    {
        if (json is null)
        {
            return;
        }
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!uint.TryParse(property.Name, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var tag))
            {
                continue;
            }
            var returned = carried
                ? tag == uidTag || Returns(tag, level)
                : tag == uidTag;
            if (returned)
            {
                var value = property.Value.Clone();
                attributes[tag] = value.WriteTo;
            }
        }
    }

    private bool Returns(uint tag, QidoLevel level)
    {
        if (!ServerProfile.ByTag.TryGetValue(tag, out var rule) || rule.Level != level)
        {
            return false;
        }
        return rule.Returned == QidoReturn.Default
            || (search.IncludeAll && rule.Returned == QidoReturn.IncludeAll)
            || search.IncludeFields.Contains(tag)
            || search.MatchedTags.Contains(tag);
    }

    private static Action<Utf8JsonWriter> Number(long value) => w =>
    {
        w.WriteStartObject();
        w.WriteString("vr", "IS");
        w.WriteStartArray("Value");
        w.WriteNumberValue(value);
        w.WriteEndArray();
        w.WriteEndObject();
    };

    private async Task CopyFromFileAsync(string fileKey, SortedDictionary<uint, Action<Utf8JsonWriter>> attributes, CancellationToken cancellationToken)
    {
        DicomDataset dataset;
        try
        {
            await using var stream = files.OpenRead(fileKey);
            dataset = (await DicomFile.ReadAsync(stream, new DicomReadOptions { StopBeforePixelData = true }, cancellationToken).ConfigureAwait(false)).Dataset;
        }
        catch (FileNotFoundException)
        {
            return;
        }
        // The named attributes, decoded with the file's own character set by the JSON writer, then copied as JSON.
        var picked = new DicomDataset();
        if (dataset.TryGetElement(DicomTags.SpecificCharacterSet, out var charset))
        {
            picked.Add(charset);
        }
        foreach (var tag in _fromFile)
        {
            if (dataset.TryGetElement(new DicomTag(tag), out var element) && !MetadataFilter.IsBulkDataVR(DicomValueDecoder.ValueVR(element)) && !picked.Contains(element.Tag))
            {
                picked.Add(element);
            }
        }
        using var document = JsonDocument.Parse(DicomJsonWriter.ToUtf8Bytes(picked));
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var tag = uint.Parse(property.Name, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (_fromFile.Contains(tag))
            {
                attributes[tag] = property.Value.Clone().WriteTo;
            }
        }
    }

    private static List<uint> FieldsOutsideProfile(QidoSearch search)
    {
        var list = new List<uint>();
        // Matched tags outside the profile are extended query tags: returned too, read from the file like includefield's.
        foreach (var tag in search.IncludeFields.Union(search.MatchedTags))
        {
            if (!ServerProfile.ByTag.ContainsKey(tag))
            {
                list.Add(tag);
            }
        }
        return list;
    }
}

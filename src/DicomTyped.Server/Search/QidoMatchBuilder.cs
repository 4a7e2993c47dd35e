using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using DicomTyped.Query;
using DicomTyped.Server.Index;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.Search;

/// <summary>
/// Makes the data set of one match: the profile's default attributes of each level the route carries, those added by
/// <c>includefield=all</c> or named by <c>includefield</c>, the matched ones, the route's UIDs and the computed counts.
/// Attributes the index does not keep (other public or private tags named by includefield) are read from a file of the match.
/// </summary>
internal sealed class QidoMatchBuilder(QidoSearch search, QidoRoute route, IInstanceFileStore files)
{
    private const uint NumberOfStudyRelatedInstances = 0x00201208;
    private const uint NumberOfSeriesRelatedInstances = 0x00201209;
    private const uint ModalitiesInStudy = 0x00080061;

    private readonly List<uint> _fromFile = FieldsOutsideProfile(search);

    public async Task<DicomDataset> BuildAsync(SearchRow row, CancellationToken cancellationToken)
    {
        var match = new DicomDataset();
        // Values decoded from the index's DICOM JSON are UTF-8; the match says so, or its names would not survive.
        match.SetString(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        if (route.CarriesStudy || route.ResultLevel == QidoLevel.Study)
        {
            Copy(row.StudyAttributes, QidoLevel.Study, match);
        }
        else
        {
            CopyOnly(row.StudyAttributes, DicomTags.StudyInstanceUID, match);
        }
        if (route.ResultLevel != QidoLevel.Study)
        {
            if (route.CarriesSeries || route.ResultLevel == QidoLevel.Series)
            {
                Copy(row.SeriesAttributes, QidoLevel.Series, match);
            }
            else
            {
                CopyOnly(row.SeriesAttributes, DicomTags.SeriesInstanceUID, match);
            }
        }
        if (route.ResultLevel == QidoLevel.Instance)
        {
            Copy(row.InstanceAttributes, QidoLevel.Instance, match);
        }
        if (Wants(NumberOfStudyRelatedInstances) && (route.CarriesStudy || route.ResultLevel == QidoLevel.Study))
        {
            match.SetString(new DicomTag(NumberOfStudyRelatedInstances), DicomVR.IS, row.StudyRelatedInstances.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (Wants(NumberOfSeriesRelatedInstances) && row.SeriesRelatedInstances is { } seriesCount && route.ResultLevel != QidoLevel.Instance)
        {
            match.SetString(new DicomTag(NumberOfSeriesRelatedInstances), DicomVR.IS, seriesCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if ((search.MatchedTags.Contains(ModalitiesInStudy) || search.IncludeFields.Contains(ModalitiesInStudy)) && row.ModalitiesInStudy.Count > 0)
        {
            match.SetStrings(new DicomTag(ModalitiesInStudy), DicomVR.CS, [.. row.ModalitiesInStudy]);
        }
        if (_fromFile.Count > 0)
        {
            await CopyFromFileAsync(row.FileKey, match, cancellationToken).ConfigureAwait(false);
        }
        return match;
    }

    private bool Wants(uint tag) => search.IncludeAll || search.IncludeFields.Contains(tag);

    private void Copy(byte[]? json, QidoLevel level, DicomDataset match)
    {
        if (json is null)
        {
            return;
        }
        foreach (var element in Read(json))
        {
            var tag = element.Tag.Value;
            if (tag == DicomTags.SpecificCharacterSet.Value)
            {
                continue;
            }
            var returned = ServerProfile.ByTag.TryGetValue(tag, out var rule) ? rule.Returned : QidoReturn.OnRequest;
            if (rule?.Level == level && (returned == QidoReturn.Default || (search.IncludeAll && returned == QidoReturn.IncludeAll)
                || search.IncludeFields.Contains(tag) || search.MatchedTags.Contains(tag)))
            {
                match.Set(element);
            }
        }
    }

    private static void CopyOnly(byte[]? json, DicomTag tag, DicomDataset match)
    {
        if (json is not null && Read(json).TryGetElement(tag, out var element))
        {
            match.Set(element);
        }
    }

    private static DicomDataset Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        return DicomJsonReader.ReadDataset(ref reader);
    }

    private async Task CopyFromFileAsync(string fileKey, DicomDataset match, CancellationToken cancellationToken)
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
        // Decoded here with the file's own character set, then kept as text so it agrees with the match's UTF-8.
        foreach (var tag in _fromFile)
        {
            if (dataset.TryGetElement(new DicomTag(tag), out var element) && element is not DicomSequence && !Metadata.MetadataFilter.IsBulkDataVR(element.VR))
            {
                if (element.VR.IsString)
                {
                    match.SetStrings(element.Tag, element.VR, dataset.GetStrings(element.Tag));
                }
                else
                {
                    match.Set(element);
                }
            }
        }
    }

    private static List<uint> FieldsOutsideProfile(QidoSearch search)
    {
        var list = new List<uint>();
        foreach (var tag in search.IncludeFields)
        {
            if (!ServerProfile.ByTag.ContainsKey(tag))
            {
                list.Add(tag);
            }
        }
        return list;
    }
}

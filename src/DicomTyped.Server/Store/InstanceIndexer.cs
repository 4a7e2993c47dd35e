using System.Collections.Generic;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Query;
using DicomTyped.Server.Index;
using DicomTyped.Server.Search;

namespace DicomTyped.Server.Store;

/// <summary>
/// Turns a stored instance's data set into its index record: per level, the profile's attributes (what QIDO-RS returns)
/// as DICOM JSON, and the normalized values of the searchable ones. Attributes that failed validation are left out of both.
/// </summary>
internal static class InstanceIndexer
{
    public static IndexedInstance Build(
        DicomDataset dataset, string study, string series, string instance, string sopClass, string transferSyntax,
        string fileKey, long size, IReadOnlySet<uint> invalidTags)
    {
        var matches = new List<MatchEntry>();
        foreach (var rule in ServerProfile.Searchable)
        {
            if (invalidTags.Contains(rule.Tag) || !dataset.TryGetElement(new DicomTag(rule.Tag), out _))
            {
                continue;
            }
            foreach (var value in dataset.GetStrings(new DicomTag(rule.Tag)))
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }
                matches.Add(new MatchEntry(rule.Level, rule.Tag, MatchValues.Normalize(rule.VR, value), IsWord: false));
                if (rule.VR == "PN" && rule.Matching.HasFlag(QidoMatching.Fuzzy))
                {
                    foreach (var word in MatchValues.Words(value))
                    {
                        matches.Add(new MatchEntry(rule.Level, rule.Tag, word, IsWord: true));
                    }
                }
            }
        }
        return new IndexedInstance(
            study, series, instance, sopClass, transferSyntax, fileKey, size,
            LevelJson(dataset, QidoLevel.Study, invalidTags),
            LevelJson(dataset, QidoLevel.Series, invalidTags),
            LevelJson(dataset, QidoLevel.Instance, invalidTags),
            matches,
            [.. invalidTags],
            dataset);
    }

    private static byte[] LevelJson(DicomDataset dataset, QidoLevel level, IReadOnlySet<uint> invalidTags)
    {
        var attributes = new DicomDataset();
        // The character set travels with each level so that its strings decode as in the file.
        if (dataset.TryGetElement(DicomTags.SpecificCharacterSet, out var charset))
        {
            attributes.Add(charset);
        }
        foreach (var rule in ServerProfile.StoredAt(level))
        {
            if (rule.Tag != DicomTags.SpecificCharacterSet.Value && !invalidTags.Contains(rule.Tag) && dataset.TryGetElement(new DicomTag(rule.Tag), out var element))
            {
                attributes.Add(element);
            }
        }
        return DicomJsonWriter.ToUtf8Bytes(attributes);
    }
}

using System.Collections.Generic;
using System.Linq;
using DicomTyped.Dicom;

namespace DicomTyped.Cli.Search;

/// <summary>The columns of the search table and CSV: the level's identifying attributes, then those filtered on or included.</summary>
internal static class SearchColumns
{
    private static readonly string[] s_study = ["PatientName", "PatientID", "StudyDate", "AccessionNumber", "StudyDescription", "ModalitiesInStudy", "StudyInstanceUID"];
    private static readonly string[] s_series = ["Modality", "SeriesNumber", "SeriesDescription", "SeriesInstanceUID"];
    private static readonly string[] s_instance = ["InstanceNumber", "SOPClassUID", "SOPInstanceUID"];

    /// <summary>The columns for <paramref name="request"/>, each once, in order.</summary>
    public static IReadOnlyList<SearchKey> For(SearchRequest request)
    {
        var names = request.Target switch
        {
            SearchTarget.Studies => s_study,
            SearchTarget.Series => s_series,
            _ => s_instance,
        };
        var columns = names.Select(Known).ToList();
        foreach (var extra in request.ExtraColumns)
        {
            if (!columns.Any(c => c.Tag == extra.Tag))
            {
                columns.Add(extra);
            }
        }
        return columns;
    }

    private static SearchKey Known(string keyword)
    {
        DicomDictionary.TryGetEntry(keyword, out var entry);
        return new SearchKey(entry.Tag.Value, entry.Keyword, entry.VR.ToString());
    }
}

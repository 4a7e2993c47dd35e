using System.Collections.Generic;
using System.Linq;
using DicomTyped.Dicom;

namespace DicomTyped.Server.Metadata;

/// <summary>
/// What WADO-RS metadata (and the change feed's Metadata) carries: every attribute except bulk data. Azure leaves out
/// attributes of VR OB, OD, OF, OL, OV, OW and UN, at any depth.
/// </summary>
internal static class MetadataFilter
{
    public static bool IsBulkDataVR(DicomVR vr) =>
        vr == DicomVR.OB || vr == DicomVR.OD || vr == DicomVR.OF || vr == DicomVR.OL || vr == DicomVR.OV || vr == DicomVR.OW || vr == DicomVR.UN;

    /// <summary>
    /// A copy of <paramref name="dataset"/> without bulk data (sequences copied item by item), and without the top-level
    /// attributes that failed validation on store (<paramref name="invalidTags"/>: Azure v2 leaves them out of metadata).
    /// </summary>
    public static DicomDataset WithoutBulkData(DicomDataset dataset, IReadOnlyCollection<uint>? invalidTags = null)
    {
        var copy = new DicomDataset();
        foreach (var element in dataset)
        {
            if (invalidTags is not null && invalidTags.Contains(element.Tag.Value))
            {
                continue;
            }
            if (element is DicomSequence sequence)
            {
                var items = new DicomDataset[sequence.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = WithoutBulkData(sequence.Items[i]);
                }
                copy.Add(new DicomSequence(sequence.Tag, sequence.VR, items));
            }
            else if (!IsBulkDataVR(DicomValueDecoder.ValueVR(element)))
            {
                copy.Add(element);
            }
        }
        return copy;
    }
}

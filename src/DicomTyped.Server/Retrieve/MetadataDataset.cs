using System.Collections.Generic;
using DicomTyped.Dicom;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// What WADO-RS metadata holds of an instance: every attribute except bulk data, as on the Azure DICOM service, which
/// leaves out the attributes of VR OB, OD, OF, OL, OV, OW and UN at every nesting level (its conformance statement).
/// </summary>
internal static class MetadataDataset
{
    /// <summary>Removes bulk-data attributes (and encapsulated pixel data) from the data set and its items, in place.</summary>
    public static void RemoveBulkData(DicomDataset dataset)
    {
        List<DicomTag>? remove = null;
        foreach (var element in dataset)
        {
            if (IsBulk(element))
            {
                (remove ??= []).Add(element.Tag);
            }
            else if (element is DicomSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    RemoveBulkData(item);
                }
            }
        }
        foreach (var tag in remove ?? [])
        {
            dataset.Remove(tag);
        }
    }

    private static bool IsBulk(DicomElement element)
    {
        var vr = element.VR;
        return element is DicomFragments || vr.IsUnknown || vr == DicomVR.OB || vr == DicomVR.OD || vr == DicomVR.OF
            || vr == DicomVR.OL || vr == DicomVR.OV || vr == DicomVR.OW || vr == DicomVR.UN;
    }
}

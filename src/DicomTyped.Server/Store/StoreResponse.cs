using System.Collections.Generic;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Server.Store;

/// <summary>
/// The store response data set (PS3.18 10.5.3, Azure's conformance statement): RetrieveURL of the study, FailedSOPSequence
/// and ReferencedSOPSequence items with their reasons, and FailedAttributesSequence items of ErrorComment strings.
/// </summary>
internal static class StoreResponse
{
    private static readonly DicomTag ErrorComment = new(0x00000902);

    public static byte[] ToJson(IReadOnlyList<StoreOutcome> outcomes, string? studyRetrieveUrl)
    {
        var dataset = new DicomDataset();
        if (studyRetrieveUrl is not null && outcomes.Any(o => o.Stored))
        {
            dataset.SetString(DicomTags.RetrieveURL, DicomVR.UR, studyRetrieveUrl);
        }
        var failed = outcomes.Where(o => !o.Stored).Select(Item).ToList();
        if (failed.Count > 0)
        {
            dataset.SetSequence(DicomTags.FailedSOPSequence, failed);
        }
        var stored = outcomes.Where(o => o.Stored).Select(Item).ToList();
        if (stored.Count > 0)
        {
            dataset.SetSequence(DicomTags.ReferencedSOPSequence, stored);
        }
        return DicomJsonWriter.ToUtf8Bytes(dataset);
    }

    private static DicomDataset Item(StoreOutcome outcome)
    {
        var item = new DicomDataset();
        if (outcome.SopClassUid is { Length: > 0 } sopClass)
        {
            SetEchoed(item, DicomTags.ReferencedSOPClassUID, DicomVR.UI, sopClass);
        }
        if (outcome.SopInstanceUid is { Length: > 0 } sopInstance)
        {
            SetEchoed(item, DicomTags.ReferencedSOPInstanceUID, DicomVR.UI, sopInstance);
        }
        if (outcome.RetrieveUrl is { } url)
        {
            item.SetString(DicomTags.RetrieveURL, DicomVR.UR, url);
        }
        if (outcome.FailureReason is { } failure)
        {
            item.SetValues(DicomTags.FailureReason, DicomVR.US, [failure]);
        }
        if (outcome.WarningReason is { } warning)
        {
            item.SetValues(DicomTags.WarningReason, DicomVR.US, [warning]);
        }
        if (outcome.Comments.Count > 0)
        {
            item.SetSequence(DicomTags.FailedAttributesSequence, outcome.Comments.Select(Comment).ToList());
        }
        return item;
    }

    private static DicomDataset Comment(string text)
    {
        var item = new DicomDataset();
        // Kept whole though ErrorComment is LO (64 characters): a reason cut short helps no one, and Azure's run longer too.
        SetEchoed(item, ErrorComment, DicomVR.LO, text);
        return item;
    }

    /// <summary>
    /// Sets text the response echoes or explains without the setters' value checks: a failed instance's UID may be
    /// the very thing that was invalid, and this data set only ever becomes DICOM JSON, never a Part 10 file. Characters
    /// outside ASCII become '?' so that the text reads the same under the default character set.
    /// </summary>
    private static void SetEchoed(DicomDataset item, DicomTag tag, DicomVR vr, string text)
    {
        var bytes = new byte[text.Length + (text.Length & 1)];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] is >= ' ' and <= '~' ? (byte)text[i] : (byte)'?';
        }
        if ((text.Length & 1) == 1)
        {
            bytes[^1] = vr == DicomVR.UI ? (byte)0 : (byte)' ';
        }
        item.Set(new DicomElement(tag, vr, bytes));
    }
}

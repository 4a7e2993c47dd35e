using System.Collections.Generic;

namespace DicomTyped.Cli.Tutorial;

/// <summary>
/// The Azure "Use DICOMweb Standard APIs with Python" walk-through, step by step in its order (reference section 1):
/// the sign-in check, store, retrieve, metadata, frames, search, delete. Each transaction's steps live in their own file.
/// </summary>
internal static partial class TutorialSteps
{
    public static IReadOnlyList<TutorialStep> All { get; } =
    [
        new("Check sign-in: read the change feed", ReadChangeFeedAsync),
        new("Store one file (blue-circle)", StoreOneAsync),
        new("Store two files into the study (red-triangle, green-square)", StoreTwoIntoStudyAsync),
        new("Store blue-circle again as a single application/dicom body", StoreSinglePartAgainAsync),
        new("Retrieve the study", RetrieveStudyAsync),
        new("Retrieve the study's metadata", RetrieveStudyMetadataAsync),
        new("Retrieve the series of green-square and red-triangle", RetrieveSeriesAsync),
        new("Retrieve the series' metadata", RetrieveSeriesMetadataAsync),
        new("Retrieve one instance (red-triangle)", RetrieveInstanceAsync),
        new("Retrieve the instance's metadata", RetrieveInstanceMetadataAsync),
        new("Retrieve frame 1 of red-triangle", RetrieveFrameAsync),
        new("Search studies by StudyInstanceUID", SearchStudiesAsync),
        new("Search series by SeriesInstanceUID", SearchSeriesAsync),
        new("Search the study's series by SeriesInstanceUID", SearchStudySeriesAsync),
        new("Search instances by SOPInstanceUID", SearchInstancesAsync),
        new("Search the study's instances by SOPInstanceUID", SearchStudyInstancesAsync),
        new("Search the series' instances by SOPInstanceUID", SearchSeriesInstancesAsync),
        new("Delete one instance (red-triangle)", DeleteInstanceAsync),
        new("Delete the series (green-square is the last in it)", DeleteSeriesAsync),
        new("Delete the study", DeleteStudyAsync),
        new("Delete the study again", DeleteStudyAgainAsync),
        new("Retrieve the deleted study's metadata", RetrieveDeletedStudyAsync),
    ];
}

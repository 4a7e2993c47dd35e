using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Tutorial;

internal static partial class TutorialSteps
{
    private static async Task RetrieveStudyAsync(StepContext step, CancellationToken cancellationToken)
    {
        var files = await ToListAsync(step.Client.RetrieveStudyAsync(step.Samples.Study, cancellationToken: cancellationToken), cancellationToken);
        ReportInstances(step, files);
        step.CheckSameUids(step.Samples.All.Select(s => s.SopInstanceUid), files.Select(f => f.Dataset.GetUid(DicomTags.SOPInstanceUID)), "instances in the study");
    }

    private static async Task RetrieveStudyMetadataAsync(StepContext step, CancellationToken cancellationToken)
    {
        var metadata = await step.Client.RetrieveStudyMetadataAsync(step.Samples.Study, cancellationToken: cancellationToken);
        step.CheckSameUids(step.Samples.All.Select(s => s.SopInstanceUid), metadata.Items.Select(d => d.GetUid(DicomTags.SOPInstanceUID)), "datasets in the study's metadata");
    }

    private static async Task RetrieveSeriesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var samples = step.Samples;
        var files = await ToListAsync(step.Client.RetrieveSeriesAsync(samples.Study, samples.SharedSeries, cancellationToken: cancellationToken), cancellationToken);
        ReportInstances(step, files);
        step.CheckSameUids([samples.GreenSquare.SopInstanceUid, samples.RedTriangle.SopInstanceUid], files.Select(f => f.Dataset.GetUid(DicomTags.SOPInstanceUID)), "instances in the series");
    }

    private static async Task RetrieveSeriesMetadataAsync(StepContext step, CancellationToken cancellationToken)
    {
        var samples = step.Samples;
        var metadata = await step.Client.RetrieveSeriesMetadataAsync(samples.Study, samples.SharedSeries, cancellationToken: cancellationToken);
        step.CheckSameUids([samples.GreenSquare.SopInstanceUid, samples.RedTriangle.SopInstanceUid], metadata.Items.Select(d => d.GetUid(DicomTags.SOPInstanceUID)), "datasets in the series' metadata");
    }

    private static async Task RetrieveInstanceAsync(StepContext step, CancellationToken cancellationToken)
    {
        var red = step.Samples.RedTriangle;
        var file = await step.Client.RetrieveInstanceAsync(red.StudyInstanceUid, red.SeriesInstanceUid, red.SopInstanceUid, cancellationToken: cancellationToken);
        ReportInstances(step, [file]);
        step.CheckEqual(red.SopInstanceUid, file.Dataset.GetUid(DicomTags.SOPInstanceUID), "SOPInstanceUID");
    }

    private static async Task RetrieveInstanceMetadataAsync(StepContext step, CancellationToken cancellationToken)
    {
        var red = step.Samples.RedTriangle;
        var metadata = await step.Client.RetrieveInstanceMetadataAsync(red.StudyInstanceUid, red.SeriesInstanceUid, red.SopInstanceUid, cancellationToken: cancellationToken);
        step.CheckSameUids([red.SopInstanceUid], metadata.Items.Select(d => d.GetUid(DicomTags.SOPInstanceUID)), "datasets in the instance's metadata");
    }

    private static async Task RetrieveFrameAsync(StepContext step, CancellationToken cancellationToken)
    {
        var red = step.Samples.RedTriangle;
        var frame = await step.Client.RetrieveFrameAsync(red.StudyInstanceUid, red.SeriesInstanceUid, red.SopInstanceUid, 1, cancellationToken);
        step.Report($"part: {frame.MediaType}{(frame.TransferSyntaxUid is null ? "" : "; transfer-syntax=" + frame.TransferSyntaxUid)}");
        step.Check(frame.Data.Length == red.FrameLength, frame.Data.Length == red.FrameLength
            ? string.Create(CultureInfo.InvariantCulture, $"frame size {frame.Data.Length:N0} bytes = Rows × Columns × SamplesPerPixel × BitsAllocated / 8")
            : string.Create(CultureInfo.InvariantCulture, $"frame size {frame.Data.Length:N0} bytes, expected {red.FrameLength:N0} (Rows × Columns × SamplesPerPixel × BitsAllocated / 8)"));
    }

    private static void ReportInstances(StepContext step, IEnumerable<DicomFile> files)
    {
        foreach (var file in files)
        {
            step.Report($"PatientName {file.Dataset.GetString(DicomTags.PatientName)}, SOPInstanceUID {file.Dataset.GetUid(DicomTags.SOPInstanceUID)}");
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }
        return list;
    }
}

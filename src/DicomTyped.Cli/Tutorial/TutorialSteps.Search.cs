using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Cli.Tutorial;

internal static partial class TutorialSteps
{
    // The typed builders of the Azure v2 profile: the walk-through's six searches, one match each.
    private static async Task SearchStudiesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var page = await step.Client.SearchAsync(Qido.Studies().StudyInstanceUID(step.Samples.Study), cancellationToken);
        CheckOneMatch(step, step.Samples.Study, page.Items.Select(m => m.StudyInstanceUID), "StudyInstanceUID");
    }

    private static async Task SearchSeriesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var series = step.Samples.SharedSeries;
        var page = await step.Client.SearchAsync(Qido.Series().SeriesInstanceUID(series), cancellationToken);
        CheckOneMatch(step, series, page.Items.Select(m => m.SeriesInstanceUID), "SeriesInstanceUID");
    }

    private static async Task SearchStudySeriesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var series = step.Samples.SharedSeries;
        var page = await step.Client.SearchAsync(Qido.StudySeries(step.Samples.Study).SeriesInstanceUID(series), cancellationToken);
        CheckOneMatch(step, series, page.Items.Select(m => m.SeriesInstanceUID), "SeriesInstanceUID");
    }

    private static async Task SearchInstancesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var red = step.Samples.RedTriangle.SopInstanceUid;
        var page = await step.Client.SearchAsync(Qido.Instances().SOPInstanceUID(red), cancellationToken);
        CheckOneMatch(step, red, page.Items.Select(m => m.SOPInstanceUID), "SOPInstanceUID");
    }

    private static async Task SearchStudyInstancesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var red = step.Samples.RedTriangle.SopInstanceUid;
        var page = await step.Client.SearchAsync(Qido.StudyInstances(step.Samples.Study).SOPInstanceUID(red), cancellationToken);
        CheckOneMatch(step, red, page.Items.Select(m => m.SOPInstanceUID), "SOPInstanceUID");
    }

    private static async Task SearchSeriesInstancesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var red = step.Samples.RedTriangle;
        var page = await step.Client.SearchAsync(Qido.SeriesInstances(red.StudyInstanceUid, red.SeriesInstanceUid).SOPInstanceUID(red.SopInstanceUid), cancellationToken);
        CheckOneMatch(step, red.SopInstanceUid, page.Items.Select(m => m.SOPInstanceUID), "SOPInstanceUID");
    }

    private static void CheckOneMatch(StepContext step, string expected, IEnumerable<string?> matched, string keyword)
    {
        var uids = matched.ToArray();
        step.Check(uids.Length == 1 && uids[0] == expected,
            uids.Length == 1 && uids[0] == expected
                ? $"1 match, {keyword} {expected}"
                : $"expected 1 match with {keyword} {expected}; got {uids.Length}{(uids.Length == 0 ? "" : ": " + string.Join(", ", uids))}");
    }
}

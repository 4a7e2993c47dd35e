using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;

namespace DicomTyped.Cli.Tutorial;

internal static partial class TutorialSteps
{
    private static async Task ReadChangeFeedAsync(StepContext step, CancellationToken cancellationToken)
    {
        // The walk-through's authentication check: any 200 will do, the entries are not its point.
        var entries = await step.Client.GetChangeFeedAsync(cancellationToken: cancellationToken);
        step.Report($"answered with {entries.Count} change feed entr{(entries.Count == 1 ? "y" : "ies")}");
    }

    private static async Task StoreOneAsync(StepContext step, CancellationToken cancellationToken)
    {
        var blue = step.Samples.BlueCircle;
        var result = await step.Client.StoreInstancesAsync([blue.Open()], cancellationToken: cancellationToken);
        step.CheckStatus(HttpStatusCode.OK, result.HttpStatus);
        step.CheckSameUids([blue.SopInstanceUid], result.Stored.Select(s => s.SopInstanceUid), "stored instances (ReferencedSOPSequence)");
        step.CheckEqual(0, result.Failed.Count, "failed instances (FailedSOPSequence)");
    }

    private static async Task StoreTwoIntoStudyAsync(StepContext step, CancellationToken cancellationToken)
    {
        var samples = step.Samples;
        var result = await step.Client.StoreInstancesAsync([samples.RedTriangle.Open(), samples.GreenSquare.Open()], samples.Study, cancellationToken);
        step.CheckStatus(HttpStatusCode.OK, result.HttpStatus);
        step.CheckSameUids([samples.RedTriangle.SopInstanceUid, samples.GreenSquare.SopInstanceUid], result.Stored.Select(s => s.SopInstanceUid), "stored instances");
        step.CheckEqual(0, result.Failed.Count, "failed instances");
    }

    private static async Task StoreSinglePartAgainAsync(StepContext step, CancellationToken cancellationToken)
    {
        var blue = step.Samples.BlueCircle;
        var result = await step.Client.StoreSinglePartAsync(blue.Open(), cancellationToken: cancellationToken);
        step.CheckStatus(HttpStatusCode.Conflict, result.HttpStatus);
        var failed = result.Failed.FirstOrDefault(f => f.SopInstanceUid == blue.SopInstanceUid);
        step.Check(failed?.Reason == DicomFailureReason.AlreadyStored,
            failed is null
                ? "blue-circle is not in FailedSOPSequence"
                : $"FailureReason of blue-circle: {failed.ReasonCode} ({failed.Reason}){(failed.Reason == DicomFailureReason.AlreadyStored ? "" : ", expected 45070")}");
    }
}

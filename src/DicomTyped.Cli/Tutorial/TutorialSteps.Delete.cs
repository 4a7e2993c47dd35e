using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;

namespace DicomTyped.Cli.Tutorial;

internal static partial class TutorialSteps
{
    private static async Task DeleteInstanceAsync(StepContext step, CancellationToken cancellationToken)
    {
        var red = step.Samples.RedTriangle;
        var result = await step.Client.DeleteInstanceAsync(red.StudyInstanceUid, red.SeriesInstanceUid, red.SopInstanceUid, cancellationToken);
        CheckDeleted(step, DeleteResult.Deleted, result);
    }

    private static async Task DeleteSeriesAsync(StepContext step, CancellationToken cancellationToken)
    {
        var result = await step.Client.DeleteSeriesAsync(step.Samples.Study, step.Samples.SharedSeries, cancellationToken);
        CheckDeleted(step, DeleteResult.Deleted, result);
    }

    private static async Task DeleteStudyAsync(StepContext step, CancellationToken cancellationToken)
    {
        var result = await step.Client.DeleteStudyAsync(step.Samples.Study, cancellationToken);
        CheckDeleted(step, DeleteResult.Deleted, result);
    }

    private static async Task DeleteStudyAgainAsync(StepContext step, CancellationToken cancellationToken)
    {
        var result = await step.Client.DeleteStudyAsync(step.Samples.Study, cancellationToken);
        CheckDeleted(step, DeleteResult.NotFound, result);
    }

    private static async Task RetrieveDeletedStudyAsync(StepContext step, CancellationToken cancellationToken)
    {
        try
        {
            await step.Client.RetrieveStudyMetadataAsync(step.Samples.Study, cancellationToken: cancellationToken);
            step.Check(false, "expected 404 Not Found; the study's metadata came back");
        }
        catch (DicomWebNotFoundException)
        {
            step.Check(true, "404 Not Found: the study is gone");
        }
    }

    private static HttpStatusCode StatusOf(DeleteResult result) => result == DeleteResult.Deleted ? HttpStatusCode.NoContent : HttpStatusCode.NotFound;

    private static void CheckDeleted(StepContext step, DeleteResult expected, DeleteResult actual)
    {
        step.CheckStatus(StatusOf(expected), StatusOf(actual));
    }
}

using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Output;
using DicomTyped.Client;
using DicomTyped.Http;

namespace DicomTyped.Cli.Tutorial;

/// <summary>
/// Runs every step of the walk-through in order through one typed <see cref="DicomWebClient"/>, printing each.
/// A step that differs does not stop the rest (the report shows everything that differs); a service that cannot be
/// reached, refuses the sign-in (401, 403) or fails (5xx, after the client's retries) does: nothing after it could pass.
/// </summary>
internal sealed class TutorialRunner(ITutorialReporter reporter, bool verbose, Action<string> writeDetail)
{
    /// <summary>Runs the walk-through against <paramref name="baseAddress"/>.</summary>
    /// <returns>How many steps passed, and the first failure.</returns>
    public async Task<TutorialResult> RunAsync(Uri baseAddress, DicomWebAuthentication authentication, string target, CancellationToken cancellationToken)
    {
        var samples = TutorialSamples.Load();
        var recorder = new ExchangeRecorder(new SocketsHttpHandler());
        // The walk-through asks for the instance as one application/dicom body; study and series stay multipart.
        var options = DicomWebClientOptions.Default with { RetrieveInstanceAsSinglePart = true };
        using var client = DicomWebClient.Create(baseAddress, authentication, options, primaryHandler: recorder);
        reporter.Started(target);
        var steps = TutorialSteps.All;
        var passed = 0;
        var ran = 0;
        string? firstFailure = null;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = new StepContext(client, samples);
            string? error = null;
            var stop = false;
            try
            {
                await steps[i].Run(step, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Refit wraps network failures; an HttpRequestException without a status means nothing answered.
                var unreachable = Unwrap<HttpRequestException>(exception) is { StatusCode: null };
                error = unreachable ? $"cannot reach {baseAddress}: {OneLine(Innermost(exception).Message)}" : OneLine(exception.Message);
                stop = unreachable || Unwrap<DicomWebException>(exception) is { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or >= HttpStatusCode.InternalServerError };
                Detail(exception);
            }
            var outcome = new StepOutcome(i + 1, steps.Count, steps[i].Title, recorder.Take(), step.Checks, error);
            reporter.StepFinished(outcome);
            passed += outcome.Passed ? 1 : 0;
            ran++;
            firstFailure ??= outcome.Passed ? null : $"step {outcome.Number} ({outcome.Title}) failed: {error ?? FirstFailedCheck(outcome)}";
            if (stop)
            {
                break;
            }
        }
        reporter.Finished(passed, ran, steps.Count);
        return new TutorialResult(passed, ran, steps.Count, firstFailure);
    }

    private static string FirstFailedCheck(StepOutcome outcome) => outcome.Checks.First(c => c.Passed == false).Text;

    private void Detail(Exception exception)
    {
        if (verbose)
        {
            writeDetail(exception.ToString());
        }
    }

    private static T? Unwrap<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }
        return null;
    }

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}

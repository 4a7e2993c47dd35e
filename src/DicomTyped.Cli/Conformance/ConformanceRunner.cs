using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Http;

namespace DicomTyped.Cli.Conformance;

/// <summary>
/// The conformance suite: stores a synthetic study on the server behind a <see cref="DicomWebClient"/>, runs every check
/// the profile calls for (store, retrieve, metadata, frames, rendered, search on every route and matching kind, paging,
/// change feed, delete), and removes what it stored whatever happened. It knows nothing of the command line.
/// </summary>
internal sealed partial class ConformanceRunner
{
    private readonly DicomWebClient _client;
    private readonly ConformanceOptions _options;
    private readonly List<CheckResult> _checks = [];
    private readonly SyntheticStudy _study;

    // What the server holds of ours right now, as the checks learn it; the search and paging expectations use it.
    private readonly List<SyntheticInstance> _stored = [];

    public ConformanceRunner(DicomWebClient client, ConformanceOptions options)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _study = SyntheticStudy.Create(options.Profile.Rules);
    }

    private ConformanceProfile Profile => _options.Profile;

    private ServiceCapabilities Capabilities => _options.Profile.Capabilities;

    /// <summary>Runs every check and the cleanup; never throws for what the server answers (that is a failed check).</summary>
    /// <param name="target">The service's address, for the report.</param>
    /// <param name="cancellationToken">Stops the run; the cleanup is still attempted with a short deadline of its own.</param>
    public async Task<ConformanceReport> RunAsync(string target, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CleanupNote> cleanup;
        try
        {
            await RunChecksAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            cleanup = await CleanUpAsync().ConfigureAwait(false);
        }
        return new ConformanceReport(target, Profile, startedAt, clock.Elapsed, _checks.ToList(), cleanup);
    }

    private async Task RunChecksAsync(CancellationToken cancellationToken)
    {
        var feedStart = ChangeFeedStart();
        await StoreChecksAsync(cancellationToken).ConfigureAwait(false);
        if (_stored.Count == 0)
        {
            return;   // nothing to retrieve or search; the store checks say why
        }
        await RetrieveChecksAsync(cancellationToken).ConfigureAwait(false);
        await MetadataChecksAsync(cancellationToken).ConfigureAwait(false);
        await FrameChecksAsync(cancellationToken).ConfigureAwait(false);
        await RenderedChecksAsync(cancellationToken).ConfigureAwait(false);
        await SearchChecksAsync(cancellationToken).ConfigureAwait(false);
        await PagingChecksAsync(cancellationToken).ConfigureAwait(false);
        await ChangeFeedCreateCheckAsync(feedStart, cancellationToken).ConfigureAwait(false);
        await DeleteChecksAsync(cancellationToken).ConfigureAwait(false);
        await ChangeFeedDeleteCheckAsync(feedStart, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one check with its own deadline; an exception is a failure whose actual is what was thrown.</summary>
    private async Task<CheckResult> CheckAsync(string id, string area, string title, string expectation, Func<CancellationToken, Task<CheckVerdict>> body, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        CheckResult result;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.CheckTimeout);
        try
        {
            var verdict = await body(deadline.Token).ConfigureAwait(false);
            result = verdict.Passed
                ? new CheckResult(id, area, title, CheckOutcome.Pass, verdict.Detail, null, null, clock.Elapsed)
                : new CheckResult(id, area, title, CheckOutcome.Fail, verdict.Detail, verdict.Expected ?? expectation, verdict.Actual, clock.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = new CheckResult(id, area, title, CheckOutcome.Fail, "", expectation, $"no answer within {_options.CheckTimeout.TotalSeconds:0} s", clock.Elapsed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            result = new CheckResult(id, area, title, CheckOutcome.Fail, "", expectation, Describe(exception), clock.Elapsed);
        }
        return Add(result);
    }

    private CheckResult NotSupported(string id, string area, string title, string why) =>
        Add(CheckResult.NotSupported(id, area, title, $"profile {Profile.FileName}: {why}"));

    private CheckResult Add(CheckResult result)
    {
        _checks.Add(result);
        _options.OnCheck?.Invoke(result);
        return result;
    }

    /// <summary>An exception as the one line a report shows: the HTTP status and the server's message for a DICOMweb error.</summary>
    internal static string Describe(Exception exception) => exception switch
    {
        DicomWebException web => $"HTTP {(int)web.StatusCode} {web.StatusCode}" + (string.IsNullOrWhiteSpace(web.ServerMessage) ? "" : ": " + OneLine(web.ServerMessage!)),
        _ => exception.GetType().Name + ": " + OneLine(exception.Message),
    };

    internal static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    private static bool IsStatus(Exception exception, HttpStatusCode status) => exception is DicomWebException web && web.StatusCode == status;

    private static string List(IEnumerable<string?> uids)
    {
        var all = uids.Select(u => u ?? "(none)").ToList();
        return all.Count == 0 ? "none" : all.Count + ": " + string.Join(", ", all.Take(5)) + (all.Count > 5 ? ", …" : "");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;

namespace DicomTyped.Cli.Conformance;

internal sealed partial class ConformanceRunner
{
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(60);
    private bool _studyDeleted;
    private readonly List<SyntheticInstance> _deleted = [];

    /// <summary>Deletes an instance, a series and then the study, each followed by a retrieve that must answer 404.</summary>
    private async Task DeleteChecksAsync(CancellationToken cancellationToken)
    {
        const string instanceTitle = "DELETE an instance, then its metadata is 404";
        const string seriesTitle = "DELETE a series, then its metadata is 404";
        const string studyTitle = "DELETE the study, then its metadata is 404";
        if (Capabilities.Delete is { } noDelete)
        {
            NotSupported("delete.instance", "delete", instanceTitle, noDelete);
            NotSupported("delete.series", "delete", seriesTitle, noDelete);
            NotSupported("delete.study", "delete", studyTitle, noDelete);
            return;
        }
        var instance = _stored.FirstOrDefault(i => i.Name == "A2");
        if (instance is not null)
        {
            await CheckAsync("delete.instance", "delete", instanceTitle, "Deleted, then 404", async ct =>
            {
                var verdict = await DeleteThenGoneAsync(() => _client.DeleteInstanceAsync(instance.Study, instance.Series, instance.Instance, ct),
                    () => _client.RetrieveInstanceMetadataAsync(instance.Study, instance.Series, instance.Instance, cancellationToken: ct)).ConfigureAwait(false);
                Forget(i => i == instance, verdict);
                return verdict;
            }, cancellationToken).ConfigureAwait(false);
        }
        var multiFrame = _stored.FirstOrDefault(i => i == _study.MultiFrame);
        if (multiFrame is not null)
        {
            await CheckAsync("delete.series", "delete", seriesTitle, "Deleted, then 404", async ct =>
            {
                var verdict = await DeleteThenGoneAsync(() => _client.DeleteSeriesAsync(multiFrame.Study, multiFrame.Series, ct),
                    () => _client.RetrieveSeriesMetadataAsync(multiFrame.Study, multiFrame.Series, cancellationToken: ct)).ConfigureAwait(false);
                Forget(i => i.Series == multiFrame.Series, verdict);
                return verdict;
            }, cancellationToken).ConfigureAwait(false);
        }
        await CheckAsync("delete.study", "delete", studyTitle, "Deleted, then 404", async ct =>
        {
            var verdict = await DeleteThenGoneAsync(() => _client.DeleteStudyAsync(_study.Study, ct),
                () => _client.RetrieveStudyMetadataAsync(_study.Study, cancellationToken: ct)).ConfigureAwait(false);
            if (verdict.Passed)
            {
                _studyDeleted = true;
            }
            Forget(_ => true, verdict);
            return verdict;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CheckVerdict> DeleteThenGoneAsync(Func<Task<DeleteResult>> delete, Func<Task> retrieve)
    {
        var result = await delete().ConfigureAwait(false);
        if (result != DeleteResult.Deleted)
        {
            return CheckVerdict.Fail("Deleted (200 or 204)", "NotFound (404): the server did not find what was stored");
        }
        try
        {
            await retrieve().ConfigureAwait(false);
            return CheckVerdict.Fail("404 from the retrieve after the delete", "200: it is still there");
        }
        catch (Exception exception) when (IsStatus(exception, HttpStatusCode.NotFound))
        {
            return CheckVerdict.Pass("deleted, then 404");
        }
    }

    private void Forget(Func<SyntheticInstance, bool> which, CheckVerdict verdict)
    {
        if (verdict.Passed)
        {
            _deleted.AddRange(_stored.Where(which));
            _stored.RemoveAll(i => which(i));
        }
    }

    /// <summary>Removes the study whatever happened; says what is left on the server when it cannot.</summary>
    private async Task<IReadOnlyList<CleanupNote>> CleanUpAsync()
    {
        var resource = $"study {_study.Study}";
        if (_studyDeleted)
        {
            return [new CleanupNote(resource, true, "deleted by the delete.study check")];
        }
        using var deadline = new CancellationTokenSource(CleanupTimeout);
        try
        {
            var result = await _client.DeleteStudyAsync(_study.Study, deadline.Token).ConfigureAwait(false);
            return [new CleanupNote(resource, true, result == DeleteResult.Deleted ? "deleted" : "not found: nothing was left")];
        }
        catch (Exception exception) when (exception is not OperationCanceledException || deadline.IsCancellationRequested)
        {
            var why = exception is OperationCanceledException ? $"no answer to DELETE within {CleanupTimeout.TotalSeconds:0} s" : "DELETE answered " + Describe(exception);
            var hint = Capabilities.Delete is { } noDelete ? $" ({noDelete})" : "";
            return [new CleanupNote(resource, false, $"left on the server with {_stored.Count} instance(s): {why}{hint}")];
        }
    }
}

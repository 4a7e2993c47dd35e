using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Index;
using DicomTyped.Server.Storage;

namespace DicomTyped.Server.Hosting;

/// <summary>What start-up reconciliation changed.</summary>
/// <param name="TemporaryFilesRemoved">Files left half-written by a crash.</param>
/// <param name="OrphanFilesRemoved">Committed files without an index row: a crash between the rename and the index commit, so
/// never acknowledged (or a delete that committed in the index but had not removed its files yet).</param>
/// <param name="RowsWithoutFileRemoved">Index rows whose file is gone (removed by hand); recorded as deletes in the change feed.</param>
internal sealed record ReconciliationReport(int TemporaryFilesRemoved, int OrphanFilesRemoved, int RowsWithoutFileRemoved);

/// <summary>
/// Brings files and index rows into agreement on start-up. A store writes its file first and commits its row second, and
/// answers only after both; a delete commits first and removes files second. So after a crash a file without a row was
/// never acknowledged (or already deleted) and goes; a row without a file can only come from outside interference and goes too.
/// </summary>
internal static class StartupReconciliation
{
    public static async Task<ReconciliationReport> RunAsync(IInstanceFileStore files, IDicomIndex index, CancellationToken cancellationToken)
    {
        var temporary = files.RemoveTemporaryFiles();
        var indexed = await index.GetFileKeysAsync(cancellationToken).ConfigureAwait(false);
        var onDisk = new HashSet<string>(files.EnumerateKeys(), System.StringComparer.Ordinal);
        var orphans = onDisk.Where(key => !indexed.Contains(key)).ToList();
        foreach (var key in orphans)
        {
            files.Delete(key);
        }
        var missing = indexed.Where(key => !onDisk.Contains(key)).ToList();
        var removedRows = missing.Count == 0 ? 0 : await index.RemoveInstancesAsync(missing, cancellationToken).ConfigureAwait(false);
        return new ReconciliationReport(temporary, orphans.Count, removedRows);
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

internal sealed partial class SqliteDicomIndex
{
    public Task<IReadOnlyList<InstanceLocation>> DeleteAsync(string studyInstanceUid, string? seriesInstanceUid, string? sopInstanceUid, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<InstanceLocation>>(async (connection, transaction) =>
        {
            await using var select = Command(connection, transaction,
                $"SELECT {LocationColumns} FROM {LocationJoin} WHERE st.study_uid = $study" +
                (seriesInstanceUid is null ? "" : " AND se.series_uid = $series") +
                (sopInstanceUid is null ? "" : " AND i.sop_uid = $sop"),
                ("$study", studyInstanceUid), ("$series", seriesInstanceUid), ("$sop", sopInstanceUid));
            var removed = await ReadLocationsAsync(select, cancellationToken).ConfigureAwait(false);
            await RemoveAsync(connection, transaction, removed, cancellationToken).ConfigureAwait(false);
            return removed;
        }, cancellationToken);

    public Task<int> RemoveInstancesAsync(IReadOnlyCollection<string> fileKeys, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var removed = new List<InstanceLocation>();
            foreach (var key in fileKeys)
            {
                await using var select = Command(connection, transaction, $"SELECT {LocationColumns} FROM {LocationJoin} WHERE i.file_key = $file", ("$file", key));
                removed.AddRange(await ReadLocationsAsync(select, cancellationToken).ConfigureAwait(false));
            }
            await RemoveAsync(connection, transaction, removed, cancellationToken).ConfigureAwait(false);
            return removed.Count;
        }, cancellationToken);

    /// <summary>Removes instance rows, their match values, series and studies left empty; adds the delete entries.</summary>
    private static async Task RemoveAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<InstanceLocation> instances, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var touchedSeries = new HashSet<long>();
        var touchedStudies = new HashSet<long>();
        foreach (var instance in instances)
        {
            await using var keys = Command(connection, transaction, "SELECT series_key, study_key FROM instance WHERE instance_key = $key", ("$key", instance.Version));
            await using (var reader = await keys.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    touchedSeries.Add(reader.GetInt64(0));
                    touchedStudies.Add(reader.GetInt64(1));
                }
            }
            await ExecuteAsync(connection, transaction,
                "DELETE FROM instance WHERE instance_key = $key; DELETE FROM match_value WHERE level = 2 AND owner_key = $key; DELETE FROM match_word WHERE level = 2 AND owner_key = $key;",
                cancellationToken, ("$key", instance.Version)).ConfigureAwait(false);
            await AddChangeAsync(connection, transaction, ChangeAction.Delete, instance.StudyInstanceUid, instance.SeriesInstanceUid,
                instance.SopInstanceUid, instance.Version, now, cancellationToken).ConfigureAwait(false);
        }
        foreach (var series in touchedSeries)
        {
            await ExecuteAsync(connection, transaction,
                "DELETE FROM match_value WHERE level = 1 AND owner_key = $key AND NOT EXISTS (SELECT 1 FROM instance WHERE series_key = $key); " +
                "DELETE FROM match_word WHERE level = 1 AND owner_key = $key AND NOT EXISTS (SELECT 1 FROM instance WHERE series_key = $key); " +
                "DELETE FROM series WHERE series_key = $key AND NOT EXISTS (SELECT 1 FROM instance WHERE series_key = $key);",
                cancellationToken, ("$key", series)).ConfigureAwait(false);
        }
        foreach (var study in touchedStudies)
        {
            await ExecuteAsync(connection, transaction,
                "DELETE FROM match_value WHERE level = 0 AND owner_key = $key AND NOT EXISTS (SELECT 1 FROM instance WHERE study_key = $key); " +
                "DELETE FROM match_word WHERE level = 0 AND owner_key = $key AND NOT EXISTS (SELECT 1 FROM instance WHERE study_key = $key); " +
                "DELETE FROM study WHERE study_key = $key AND NOT EXISTS (SELECT 1 FROM instance WHERE study_key = $key);",
                cancellationToken, ("$key", study)).ConfigureAwait(false);
        }
    }
}

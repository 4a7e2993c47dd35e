using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Query;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

internal sealed partial class SqliteDicomIndex
{
    // Group commit: calls queue their instances, and whoever holds the write gate commits everything queued so far in one
    // transaction, so concurrent stores share one durable commit instead of paying one each.
    private readonly ConcurrentQueue<QueuedAdd> _queuedAdds = new();

    public async Task<IReadOnlyList<AddInstanceOutcome>> AddInstancesAsync(IReadOnlyList<IndexedInstance> instances, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var mine = new QueuedAdd(instances);
        _queuedAdds.Enqueue(mine);
        // Not cancellable from here on: once queued, another caller may commit these instances, and the caller must learn it.
        await _writeGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // A caller that held the gate before us may have committed ours with its own; if not, ours is still queued.
            if (!mine.Done.Task.IsCompleted)
            {
                var group = new List<QueuedAdd>();
                while (_queuedAdds.TryDequeue(out var queued))
                {
                    group.Add(queued);
                }
                await CommitGroupAsync(group).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeGate.Release();
        }
        return await mine.Done.Task.ConfigureAwait(false);
    }

    private async Task CommitGroupAsync(List<QueuedAdd> group)
    {
        try
        {
            var outcomes = await TransactAsync((_, transaction) => AddAllAsync(transaction, group), CancellationToken.None).ConfigureAwait(false);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Done.SetResult(outcomes[i]);
            }
        }
        catch (Exception) when (group.Count > 1)
        {
            // One call's fault must not fail the others: commit each alone, so only the faulty one sees its exception.
            foreach (var queued in group)
            {
                await CommitGroupAsync([queued]).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            group[0].Done.SetException(e);
        }
    }

    private async Task<List<AddInstanceOutcome[]>> AddAllAsync(SqliteTransaction transaction, List<QueuedAdd> group)
    {
        var outcomes = new List<AddInstanceOutcome[]>(group.Count);
        foreach (var queued in group)
        {
            var added = new AddInstanceOutcome[queued.Instances.Count];
            for (var i = 0; i < added.Length; i++)
            {
                added[i] = await AddAsync(transaction, queued.Instances[i], CancellationToken.None).ConfigureAwait(false);
            }
            outcomes.Add(added);
        }
        return outcomes;
    }

    private sealed class QueuedAdd(IReadOnlyList<IndexedInstance> instances)
    {
        public IReadOnlyList<IndexedInstance> Instances { get; } = instances;

        public TaskCompletionSource<IReadOnlyList<AddInstanceOutcome>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private async Task<AddInstanceOutcome> AddAsync(SqliteTransaction transaction, IndexedInstance instance, CancellationToken cancellationToken)
    {
        // Checked first, so a refused instance changes nothing (its study's and series' attributes stay as they were).
        var existing = await Prepared(transaction,
            "SELECT 1 FROM instance i JOIN series se ON se.series_key = i.series_key JOIN study st ON st.study_key = se.study_key " +
            "WHERE i.sop_uid = $sop AND se.series_uid = $series AND st.study_uid = $study",
            ("$sop", instance.SopInstanceUid), ("$series", instance.SeriesInstanceUid), ("$study", instance.StudyInstanceUid))
            .ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null and not DBNull)
        {
            return AddInstanceOutcome.AlreadyExists;
        }
        var studyKey = await UpsertAsync(transaction,
            "SELECT study_key FROM study WHERE study_uid = $uid",
            "INSERT INTO study (study_uid, attributes) VALUES ($uid, $attributes) RETURNING study_key",
            "UPDATE study SET attributes = $attributes WHERE study_key = $key",
            instance.StudyAttributes, cancellationToken, ("$uid", instance.StudyInstanceUid)).ConfigureAwait(false);
        var seriesKey = await UpsertAsync(transaction,
            "SELECT series_key FROM series WHERE study_key = $study AND series_uid = $uid",
            "INSERT INTO series (study_key, series_uid, attributes) VALUES ($study, $uid, $attributes) RETURNING series_key",
            "UPDATE series SET attributes = $attributes WHERE series_key = $key",
            instance.SeriesAttributes, cancellationToken, ("$study", studyKey), ("$uid", instance.SeriesInstanceUid)).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var instanceKey = (long)(await Prepared(transaction,
            "INSERT INTO instance (series_key, study_key, sop_uid, sop_class_uid, transfer_syntax, file_key, size, created, invalid_tags, attributes) " +
            "VALUES ($series, $study, $sop, $class, $ts, $file, $size, $created, $invalid, $attributes) RETURNING instance_key",
            ("$invalid", InvalidTagText.Format(instance.InvalidTags)),
            ("$series", seriesKey), ("$study", studyKey), ("$sop", instance.SopInstanceUid), ("$class", instance.SopClassUid),
            ("$ts", instance.TransferSyntaxUid), ("$file", instance.FileKey), ("$size", instance.Size), ("$created", now),
            ("$attributes", instance.InstanceAttributes)).ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;

        // The study's and series' match values are those of their newest instance, like their returned attributes.
        await Prepared(transaction,
            "DELETE FROM match_value WHERE level = 0 AND owner_key = $study; DELETE FROM match_word WHERE level = 0 AND owner_key = $study; " +
            "DELETE FROM match_value WHERE level = 1 AND owner_key = $series; DELETE FROM match_word WHERE level = 1 AND owner_key = $series;",
            ("$study", studyKey), ("$series", seriesKey)).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        var value = MatchInsert(transaction, "INSERT OR IGNORE INTO match_value (level, tag, value, owner_key) VALUES ($level, $tag, $value, $owner)");
        var word = MatchInsert(transaction, "INSERT OR IGNORE INTO match_word (level, tag, word, owner_key) VALUES ($level, $tag, $value, $owner)");
        foreach (var match in instance.Matches)
        {
            var command = match.IsWord ? word : value;
            command.Parameters["$level"].Value = (int)match.Level;
            command.Parameters["$tag"].Value = (long)match.Tag;
            command.Parameters["$value"].Value = match.Value;
            command.Parameters["$owner"].Value = match.Level switch
            {
                QidoLevel.Study => studyKey,
                QidoLevel.Series => seriesKey,
                _ => instanceKey,
            };
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await WriteExtendedValuesAsync(transaction, instance, studyKey, seriesKey, instanceKey, cancellationToken).ConfigureAwait(false);
        await Prepared(transaction,
            "INSERT INTO change_feed (timestamp, action, study_uid, series_uid, sop_uid, instance_key) VALUES ($time, $action, $study, $series, $sop, $instance)",
            ("$time", now), ("$action", (int)ChangeAction.Create), ("$study", instance.StudyInstanceUid), ("$series", instance.SeriesInstanceUid),
            ("$sop", instance.SopInstanceUid), ("$instance", instanceKey)).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return AddInstanceOutcome.Added;
    }

    /// <summary>One of the two match inserts, its typed parameters made on first use and set per row by the caller.</summary>
    private SqliteCommand MatchInsert(SqliteTransaction transaction, string sql)
    {
        var command = Prepared(transaction, sql);
        if (command.Parameters.Count == 0)
        {
            command.Parameters.Add("$level", SqliteType.Integer);
            command.Parameters.Add("$tag", SqliteType.Integer);
            command.Parameters.Add("$value", SqliteType.Text);
            command.Parameters.Add("$owner", SqliteType.Integer);
        }
        return command;
    }

    private async Task<long> UpsertAsync(
        SqliteTransaction transaction, string select, string insert, string update, byte[] attributes,
        CancellationToken cancellationToken, params (string Name, object? Value)[] keys)
    {
        var found = await Prepared(transaction, select, keys).ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (found is long key)
        {
            await Prepared(transaction, update, ("$key", key), ("$attributes", attributes)).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return key;
        }
        var parameters = new (string, object?)[keys.Length + 1];
        keys.CopyTo(parameters, 0);
        parameters[^1] = ("$attributes", attributes);
        return (long)(await Prepared(transaction, insert, parameters).ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static Task<int> AddChangeAsync(
        SqliteConnection connection, SqliteTransaction transaction, ChangeAction action, string study, string series, string sop,
        long instanceKey, long timestamp, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            "INSERT INTO change_feed (timestamp, action, study_uid, series_uid, sop_uid, instance_key) VALUES ($time, $action, $study, $series, $sop, $instance)",
            cancellationToken, ("$time", timestamp), ("$action", (int)action), ("$study", study), ("$series", series), ("$sop", sop), ("$instance", instanceKey));
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Query;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

internal sealed partial class SqliteDicomIndex
{
    public Task<AddInstanceOutcome> AddInstanceAsync(IndexedInstance instance, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var outcome = await AddAsync(connection, transaction, instance, cancellationToken).ConfigureAwait(false);
            if (outcome == AddInstanceOutcome.AlreadyExists)
            {
                // Nothing of the refused instance stays: the study's and series' attributes are as they were.
                transaction.Rollback();
            }
            return outcome;
        }, cancellationToken);

    /// <summary>
    /// Records many instances in one transaction (bulk loading, e.g. the search benchmark's 100,000 instances); instances
    /// already stored are skipped. Returns how many were added.
    /// </summary>
    internal Task<int> AddInstancesAsync(IReadOnlyList<IndexedInstance> instances, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var added = 0;
            foreach (var instance in instances)
            {
                if (await AddAsync(connection, transaction, instance, cancellationToken).ConfigureAwait(false) == AddInstanceOutcome.Added)
                {
                    added++;
                }
            }
            return added;
        }, cancellationToken);

    private static async Task<AddInstanceOutcome> AddAsync(SqliteConnection connection, SqliteTransaction transaction, IndexedInstance instance, CancellationToken cancellationToken)
    {
        var studyKey = await UpsertAsync(connection, transaction,
            "SELECT study_key FROM study WHERE study_uid = $uid",
            "INSERT INTO study (study_uid, attributes) VALUES ($uid, $attributes) RETURNING study_key",
            "UPDATE study SET attributes = $attributes WHERE study_key = $key",
            instance.StudyAttributes, cancellationToken, ("$uid", instance.StudyInstanceUid)).ConfigureAwait(false);
        var seriesKey = await UpsertAsync(connection, transaction,
            "SELECT series_key FROM series WHERE study_key = $study AND series_uid = $uid",
            "INSERT INTO series (study_key, series_uid, attributes) VALUES ($study, $uid, $attributes) RETURNING series_key",
            "UPDATE series SET attributes = $attributes WHERE series_key = $key",
            instance.SeriesAttributes, cancellationToken, ("$study", studyKey), ("$uid", instance.SeriesInstanceUid)).ConfigureAwait(false);
        var existing = await ScalarAsync(connection, transaction,
            "SELECT 1 FROM instance WHERE series_key = $series AND sop_uid = $sop", cancellationToken,
            ("$series", seriesKey), ("$sop", instance.SopInstanceUid)).ConfigureAwait(false);
        if (existing is not null)
        {
            return AddInstanceOutcome.AlreadyExists;
        }
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var instanceKey = (long)(await ScalarAsync(connection, transaction,
            "INSERT INTO instance (series_key, study_key, sop_uid, sop_class_uid, transfer_syntax, file_key, size, created, invalid_tags, attributes) " +
            "VALUES ($series, $study, $sop, $class, $ts, $file, $size, $created, $invalid, $attributes) RETURNING instance_key", cancellationToken,
            ("$invalid", InvalidTagText.Format(instance.InvalidTags)),
            ("$series", seriesKey), ("$study", studyKey), ("$sop", instance.SopInstanceUid), ("$class", instance.SopClassUid),
            ("$ts", instance.TransferSyntaxUid), ("$file", instance.FileKey), ("$size", instance.Size), ("$created", now),
            ("$attributes", instance.InstanceAttributes)).ConfigureAwait(false))!;

        // The study's and series' match values are those of their newest instance, like their returned attributes.
        await ExecuteAsync(connection, transaction,
            "DELETE FROM match_value WHERE level = 0 AND owner_key = $study; DELETE FROM match_word WHERE level = 0 AND owner_key = $study; " +
            "DELETE FROM match_value WHERE level = 1 AND owner_key = $series; DELETE FROM match_word WHERE level = 1 AND owner_key = $series;",
            cancellationToken, ("$study", studyKey), ("$series", seriesKey)).ConfigureAwait(false);
        await using var value = Command(connection, transaction,
            "INSERT OR IGNORE INTO match_value (level, tag, value, owner_key) VALUES ($level, $tag, $value, $owner)");
        await using var word = Command(connection, transaction,
            "INSERT OR IGNORE INTO match_word (level, tag, word, owner_key) VALUES ($level, $tag, $value, $owner)");
        foreach (var command in new[] { value, word })
        {
            command.Parameters.Add("$level", SqliteType.Integer);
            command.Parameters.Add("$tag", SqliteType.Integer);
            command.Parameters.Add("$value", SqliteType.Text);
            command.Parameters.Add("$owner", SqliteType.Integer);
        }
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
        await AddChangeAsync(connection, transaction, ChangeAction.Create, instance.StudyInstanceUid, instance.SeriesInstanceUid,
            instance.SopInstanceUid, instanceKey, now, cancellationToken).ConfigureAwait(false);
        return AddInstanceOutcome.Added;
    }

    private static async Task<long> UpsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string select, string insert, string update, byte[] attributes,
        CancellationToken cancellationToken, params (string Name, object? Value)[] keys)
    {
        var found = await ScalarAsync(connection, transaction, select, cancellationToken, keys).ConfigureAwait(false);
        if (found is long key)
        {
            await ExecuteAsync(connection, transaction, update, cancellationToken, ("$key", key), ("$attributes", attributes)).ConfigureAwait(false);
            return key;
        }
        var parameters = new (string, object?)[keys.Length + 1];
        keys.CopyTo(parameters, 0);
        parameters[^1] = ("$attributes", attributes);
        return (long)(await ScalarAsync(connection, transaction, insert, cancellationToken, parameters).ConfigureAwait(false))!;
    }

    private static Task<int> AddChangeAsync(
        SqliteConnection connection, SqliteTransaction transaction, ChangeAction action, string study, string series, string sop,
        long instanceKey, long timestamp, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            "INSERT INTO change_feed (timestamp, action, study_uid, series_uid, sop_uid, instance_key) VALUES ($time, $action, $study, $series, $sop, $instance)",
            cancellationToken, ("$time", timestamp), ("$action", (int)action), ("$study", study), ("$series", series), ("$sop", sop), ("$instance", instanceKey));
}

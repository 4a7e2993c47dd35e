using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Query;
using DicomTyped.Server.ExtendedQueryTags;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

// The values of extended query tags: written when an instance is stored (one call from AddAsync) and by the reindex.
internal sealed partial class SqliteDicomIndex
{
    /// <summary>
    /// Indexes a stored instance's values of every added tag (Adding or Ready), inside the store's transaction: under the
    /// single writer, so a tag added before this commit is seen here and one added after reaches it by its reindex.
    /// Study- and series-level values are those of the newest instance, like the profile's match values.
    /// </summary>
    private async Task WriteExtendedValuesAsync(
        SqliteTransaction transaction, IndexedInstance instance, long studyKey, long seriesKey, long instanceKey,
        CancellationToken cancellationToken)
    {
        if (instance.Dataset is null)
        {
            return;
        }
        // Read in the store's own transaction (the tags as they are at this commit), through the writer's prepared
        // statement: with no tags registered this is one step of an empty table per instance.
        var tags = await ReadTagsAsync(Prepared(transaction, $"SELECT {StoreTagColumns} FROM extended_query_tag t"), cancellationToken).ConfigureAwait(false);
        foreach (var tag in tags)
        {
            var (values, error) = ExtendedQueryTagValues.Read(instance.Dataset, instance.InvalidTags, tag);
            var owner = tag.Level switch
            {
                QidoLevel.Study => studyKey,
                QidoLevel.Series => seriesKey,
                _ => instanceKey,
            };
            await ReplaceExtendedValuesAsync(transaction, tag, owner, instanceKey, values, error, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<long> CountOwnersAsync(QidoLevel level, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var table = level switch { QidoLevel.Study => "study", QidoLevel.Series => "series", _ => "instance" };
        return (long)(await ScalarAsync(connection, null, $"SELECT COUNT(*) FROM {table}", cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<ReindexTarget>> GetReindexTargetsAsync(QidoLevel level, long afterOwnerKey, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = level switch
        {
            QidoLevel.Study =>
                "SELECT o.study_key, i.instance_key, i.file_key, i.invalid_tags FROM study o JOIN instance i ON i.instance_key = " +
                "(SELECT MAX(instance_key) FROM instance WHERE study_key = o.study_key) WHERE o.study_key > $after ORDER BY o.study_key LIMIT $count",
            QidoLevel.Series =>
                "SELECT o.series_key, i.instance_key, i.file_key, i.invalid_tags FROM series o JOIN instance i ON i.instance_key = " +
                "(SELECT MAX(instance_key) FROM instance WHERE series_key = o.series_key) WHERE o.series_key > $after ORDER BY o.series_key LIMIT $count",
            _ =>
                "SELECT i.instance_key, i.instance_key, i.file_key, i.invalid_tags FROM instance i WHERE i.instance_key > $after ORDER BY i.instance_key LIMIT $count",
        };
        await using var command = Command(connection, null, sql, ("$after", afterOwnerKey), ("$count", count));
        var targets = new List<ReindexTarget>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            targets.Add(new ReindexTarget(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), InvalidTagText.Parse(reader.GetString(3))));
        }
        return targets;
    }

    public Task WriteReindexedAsync(ExtendedQueryTag tag, IReadOnlyList<ReindexedValues> batch, CancellationToken cancellationToken) =>
        WriteAsync<bool>(async (connection, transaction) =>
        {
            if (await ScalarAsync(connection, transaction, "SELECT 1 FROM extended_query_tag WHERE tag_key = $key", cancellationToken, ("$key", tag.Key)).ConfigureAwait(false) is null)
            {
                return false;
            }
            var newest = tag.Level switch
            {
                QidoLevel.Study => "SELECT MAX(instance_key) FROM instance WHERE study_key = $owner",
                QidoLevel.Series => "SELECT MAX(instance_key) FROM instance WHERE series_key = $owner",
                _ => "SELECT instance_key FROM instance WHERE instance_key = $owner",
            };
            foreach (var item in batch)
            {
                // A newer instance stored meanwhile indexed its own values at commit; this read is stale for the owner.
                var current = await ScalarAsync(connection, transaction, newest, cancellationToken, ("$owner", item.Target.OwnerKey)).ConfigureAwait(false);
                if (current is long key && key == item.Target.InstanceKey)
                {
                    await ReplaceExtendedValuesAsync(transaction, tag, item.Target.OwnerKey, item.Target.InstanceKey, item.Values, item.Error, cancellationToken).ConfigureAwait(false);
                }
            }
            return true;
        }, cancellationToken);

    // Runs inside the writer's transactions (store and reindex), so its statements are the writer's prepared ones.
    private async Task ReplaceExtendedValuesAsync(
        SqliteTransaction transaction, ExtendedQueryTag tag, long ownerKey, long instanceKey,
        IReadOnlyList<ExtendedValue> values, string? error, CancellationToken cancellationToken)
    {
        await Prepared(transaction,
            "DELETE FROM extended_value WHERE tag_key = $tag AND level = $level AND owner_key = $owner; " +
            "DELETE FROM extended_word WHERE tag_key = $tag AND level = $level AND owner_key = $owner; " +
            "DELETE FROM extended_error WHERE tag_key = $tag AND instance_key = $instance;",
            ("$tag", tag.Key), ("$level", (int)tag.Level), ("$owner", ownerKey), ("$instance", instanceKey)).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            await Prepared(transaction,
                "INSERT INTO extended_error (tag_key, instance_key, created, message) VALUES ($tag, $instance, $now, $message)",
                ("$tag", tag.Key), ("$instance", instanceKey), ("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), ("$message", error)).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        foreach (var value in values)
        {
            await Prepared(transaction,
                "INSERT INTO extended_value (tag_key, level, owner_key, text_value, number_value, date_value) VALUES ($tag, $level, $owner, $text, $number, $date)",
                ("$tag", tag.Key), ("$level", (int)tag.Level), ("$owner", ownerKey), ("$text", value.Text), ("$number", value.Number), ("$date", value.Date)).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            foreach (var word in value.Words)
            {
                await Prepared(transaction,
                    "INSERT OR IGNORE INTO extended_word (tag_key, level, owner_key, word) VALUES ($tag, $level, $owner, $word)",
                    ("$tag", tag.Key), ("$level", (int)tag.Level), ("$owner", ownerKey), ("$word", word)).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

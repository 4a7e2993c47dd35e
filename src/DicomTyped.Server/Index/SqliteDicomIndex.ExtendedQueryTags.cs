using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Query;
using DicomTyped.Server.Errors;
using DicomTyped.Server.ExtendedQueryTags;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

// Extended query tags, their errors and reindex operations (schema: ExtendedQueryTags/ExtendedQueryTagSchema.cs).
internal sealed partial class SqliteDicomIndex : IExtendedQueryTagIndex
{
    private const string TagColumns =
        "t.tag_key, t.tag, t.vr, t.private_creator, t.level, t.status, t.query_enabled, " +
        "(SELECT COUNT(*) FROM extended_error e WHERE e.tag_key = t.tag_key), t.operation_id";

    // The same row shape for the store path, which reads every tag for every instance and never shows the error count.
    private const string StoreTagColumns =
        "t.tag_key, t.tag, t.vr, t.private_creator, t.level, t.status, t.query_enabled, 0, t.operation_id";

    public Task<IReadOnlyList<ExtendedQueryTag>> AddExtendedQueryTagsAsync(IReadOnlyList<NewExtendedQueryTag> tags, string operationId, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<ExtendedQueryTag>>(async (connection, transaction) =>
        {
            var paths = new List<string>();
            foreach (var tag in tags)
            {
                var path = tag.Tag.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
                if (await ScalarAsync(connection, transaction, "SELECT 1 FROM extended_query_tag WHERE tag = $tag", cancellationToken, ("$tag", (long)tag.Tag)).ConfigureAwait(false) is not null)
                {
                    throw new DicomWebRequestException(409, $"The extended query tag {path} is already added.");
                }
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO extended_query_tag (tag, vr, private_creator, level, status, query_enabled, operation_id) VALUES ($tag, $vr, $creator, $level, 0, 1, $op)",
                    cancellationToken, ("$tag", (long)tag.Tag), ("$vr", tag.VR), ("$creator", tag.PrivateCreator), ("$level", (int)tag.Level), ("$op", operationId)).ConfigureAwait(false);
                paths.Add(path);
            }
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await ExecuteAsync(connection, transaction,
                "INSERT INTO extended_operation (operation_id, status, percent, created, updated, tag_paths) VALUES ($op, $status, 0, $now, $now, $paths)",
                cancellationToken, ("$op", operationId), ("$status", (int)OperationStatus.NotStarted), ("$now", now), ("$paths", string.Join(",", paths))).ConfigureAwait(false);
            return await ReadTagsAsync(connection, transaction, $"SELECT {TagColumns} FROM extended_query_tag t WHERE t.operation_id = $op ORDER BY t.tag", cancellationToken, ("$op", operationId)).ConfigureAwait(false);
        }, cancellationToken);

    public async Task<IReadOnlyList<ExtendedQueryTag>> GetExtendedQueryTagsAsync(int limit, int offset, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadTagsAsync(connection, null, $"SELECT {TagColumns} FROM extended_query_tag t ORDER BY t.tag LIMIT $limit OFFSET $offset",
            cancellationToken, ("$limit", limit), ("$offset", offset)).ConfigureAwait(false);
    }

    public async Task<ExtendedQueryTag?> GetExtendedQueryTagAsync(uint tag, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await ReadTagsAsync(connection, null, $"SELECT {TagColumns} FROM extended_query_tag t WHERE t.tag = $tag", cancellationToken, ("$tag", (long)tag)).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<bool> DeleteExtendedQueryTagAsync(uint tag, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var key = await ScalarAsync(connection, transaction, "SELECT tag_key FROM extended_query_tag WHERE tag = $tag", cancellationToken, ("$tag", (long)tag)).ConfigureAwait(false);
            if (key is null)
            {
                return false;
            }
            await ExecuteAsync(connection, transaction,
                "DELETE FROM extended_value WHERE tag_key = $key; DELETE FROM extended_word WHERE tag_key = $key; " +
                "DELETE FROM extended_error WHERE tag_key = $key; DELETE FROM extended_query_tag WHERE tag_key = $key;",
                cancellationToken, ("$key", key)).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<ExtendedQueryTag?> SetExtendedQueryTagQueryEnabledAsync(uint tag, bool enabled, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "UPDATE extended_query_tag SET query_enabled = $enabled WHERE tag = $tag",
                cancellationToken, ("$enabled", enabled ? 1 : 0), ("$tag", (long)tag)).ConfigureAwait(false);
            var found = await ReadTagsAsync(connection, transaction, $"SELECT {TagColumns} FROM extended_query_tag t WHERE t.tag = $tag", cancellationToken, ("$tag", (long)tag)).ConfigureAwait(false);
            return found.Count == 0 ? null : found[0];
        }, cancellationToken);

    public async Task<IReadOnlyList<ExtendedQueryTagError>> GetExtendedQueryTagErrorsAsync(long tagKey, int limit, int offset, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT st.study_uid, se.series_uid, i.sop_uid, e.created, e.message FROM extended_error e " +
            "JOIN instance i ON i.instance_key = e.instance_key JOIN series se ON se.series_key = i.series_key JOIN study st ON st.study_key = i.study_key " +
            "WHERE e.tag_key = $key ORDER BY e.created, e.instance_key LIMIT $limit OFFSET $offset",
            ("$key", tagKey), ("$limit", limit), ("$offset", offset));
        var errors = new List<ExtendedQueryTagError>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new ExtendedQueryTagError(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), reader.GetString(4)));
        }
        return errors;
    }

    public async Task<OperationRow?> GetOperationAsync(string operationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT operation_id, status, percent, created, updated, tag_paths FROM extended_operation WHERE operation_id = $op", ("$op", operationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        return new OperationRow(reader.GetString(0), (OperationStatus)reader.GetInt32(1), reader.GetInt32(2),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
            reader.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    public async Task<IReadOnlyList<string>> GetUnfinishedOperationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT operation_id FROM extended_operation WHERE status IN ($a, $b, $c) ORDER BY created",
            ("$a", (int)OperationStatus.NotStarted), ("$b", (int)OperationStatus.Running), ("$c", (int)OperationStatus.Canceled));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public Task UpdateOperationAsync(string operationId, OperationStatus status, int percentComplete, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction,
            "UPDATE extended_operation SET status = $status, percent = $percent, updated = $now WHERE operation_id = $op",
            cancellationToken, ("$status", (int)status), ("$percent", percentComplete), ("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), ("$op", operationId)),
            cancellationToken);

    public async Task<IReadOnlyList<ExtendedQueryTag>> GetOperationTagsAsync(string operationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadTagsAsync(connection, null, $"SELECT {TagColumns} FROM extended_query_tag t WHERE t.operation_id = $op ORDER BY t.tag",
            cancellationToken, ("$op", operationId)).ConfigureAwait(false);
    }

    public Task MarkOperationTagsReadyAsync(string operationId, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction,
            "UPDATE extended_query_tag SET status = 1, operation_id = NULL WHERE operation_id = $op", cancellationToken, ("$op", operationId)),
            cancellationToken);

    private static async Task<IReadOnlyList<ExtendedQueryTag>> ReadTagsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await ReadTagsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<ExtendedQueryTag>> ReadTagsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var tags = new List<ExtendedQueryTag>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tags.Add(new ExtendedQueryTag(
                reader.GetInt64(0), (uint)reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                (QidoLevel)reader.GetInt32(4), (ExtendedQueryTagStatus)reader.GetInt32(5), reader.GetInt32(6) != 0, reader.GetInt64(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return tags;
    }
}

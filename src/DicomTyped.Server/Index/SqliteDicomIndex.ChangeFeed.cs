using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

internal sealed partial class SqliteDicomIndex
{
    // State as Azure reports it: a create entry is current while its instance row exists, replaced when the same SOP
    // instance was stored again later, deleted otherwise; a delete entry is deleted.
    private const string ChangeColumns =
        "c.sequence, c.timestamp, c.action, c.study_uid, c.series_uid, c.sop_uid, " +
        "CASE WHEN c.action = 1 THEN 'deleted' " +
        "     WHEN i.instance_key IS NOT NULL THEN 'current' " +
        "     WHEN EXISTS (SELECT 1 FROM change_feed n WHERE n.sop_uid = c.sop_uid AND n.sequence > c.sequence AND n.action = 0) THEN 'replaced' " +
        "     ELSE 'deleted' END, " +
        "CASE WHEN c.action = 0 THEN i.file_key END, i.invalid_tags " +
        "FROM change_feed c LEFT JOIN instance i ON i.instance_key = c.instance_key";

    public async Task<IReadOnlyList<ChangeRow>> GetChangesAsync(ChangeFeedQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteCommand command;
        if (query.IsV1)
        {
            // v1: offset is the sequence number to start after, limit the width of the sequence range.
            command = Command(connection, null,
                $"SELECT {ChangeColumns} WHERE c.sequence > $offset AND c.sequence <= $offset + $limit ORDER BY c.sequence",
                ("$offset", query.Offset), ("$limit", query.Limit));
        }
        else
        {
            command = Command(connection, null,
                $"SELECT {ChangeColumns} WHERE c.timestamp >= $start AND c.timestamp < $end ORDER BY c.sequence LIMIT $limit OFFSET $offset",
                ("$start", query.StartTime?.ToUnixTimeMilliseconds() ?? long.MinValue),
                ("$end", query.EndTime?.ToUnixTimeMilliseconds() ?? long.MaxValue),
                ("$limit", query.Limit), ("$offset", query.Offset));
        }
        await using (command)
        {
            return await ReadChangesAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<ChangeRow?> GetLatestChangeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, $"SELECT {ChangeColumns} ORDER BY c.sequence DESC LIMIT 1");
        var rows = await ReadChangesAsync(command, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task<List<ChangeRow>> ReadChangesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new List<ChangeRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ChangeRow(
                reader.GetInt64(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                (ChangeAction)reader.GetInt32(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? [] : InvalidTagText.Parse(reader.GetString(8))));
        }
        return list;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

/// <summary>
/// <see cref="IDicomIndex"/> over SQLite (Microsoft.Data.Sqlite) in WAL mode: readers never wait for the writer, and a
/// commit with <c>synchronous=FULL</c> is on disk before the store is acknowledged. Writes are serialized in process (one
/// SQLite writer at a time anyway), so no request fails with SQLITE_BUSY.
/// </summary>
internal sealed partial class SqliteDicomIndex : IDicomIndex, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // The one connection that writes, kept open (under the write gate) with its statements prepared once: opening a
    // pooled connection, setting its pragmas and parsing every statement again cost more CPU per stored instance than
    // running them. Reset after a fault, in case the fault left the connection unusable.
    private SqliteConnection? _writer;
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public SqliteDicomIndex(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, SqliteSchema.Create, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        CloseWriter();
        _writeGate.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction, one writer at a time.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await TransactAsync(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction on the writer connection; the caller holds the write gate.</summary>
    private async Task<T> TransactAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        _writer ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(_writer, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch
        {
            // Rolled back by the transaction's disposal; start the next write on a fresh connection all the same.
            CloseWriter();
            throw;
        }
    }

    private void CloseWriter()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
        _prepared.Clear();
        _writer?.Dispose();
        _writer = null;
    }

    /// <summary>
    /// A statement of the writer connection, prepared on first use and kept (the caller holds the write gate and must not
    /// dispose it), in <paramref name="transaction"/>, with <paramref name="parameters"/> bound in place of the last ones.
    /// </summary>
    private SqliteCommand Prepared(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Prepared(transaction, sql);
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    /// <summary>A prepared statement of the writer connection with its parameters as left by its last use.</summary>
    private SqliteCommand Prepared(SqliteTransaction transaction, string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = transaction.Connection!.CreateCommand();
            command.CommandText = sql;
            _prepared.Add(sql, command);
        }
        command.Transaction = transaction;
        return command;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private const string LocationColumns =
        "st.study_uid, se.series_uid, i.sop_uid, i.sop_class_uid, i.transfer_syntax, i.file_key, i.size, i.instance_key, i.created, i.invalid_tags";

    private const string LocationJoin =
        "instance i JOIN series se ON se.series_key = i.series_key JOIN study st ON st.study_key = i.study_key";

    private static InstanceLocation ReadLocation(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt64(6),
        reader.GetInt64(7),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
        InvalidTagText.Parse(reader.GetString(9)));

    private static async Task<List<InstanceLocation>> ReadLocationsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new List<InstanceLocation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(ReadLocation(reader));
        }
        return list;
    }

    public async Task<IReadOnlyList<InstanceLocation>> GetInstancesAsync(string studyInstanceUid, string? seriesInstanceUid, string? sopInstanceUid, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            $"SELECT {LocationColumns} FROM {LocationJoin} WHERE st.study_uid = $study" +
            (seriesInstanceUid is null ? "" : " AND se.series_uid = $series") +
            (sopInstanceUid is null ? "" : " AND i.sop_uid = $sop") +
            " ORDER BY i.series_key, i.instance_key",
            ("$study", studyInstanceUid), ("$series", seriesInstanceUid), ("$sop", sopInstanceUid));
        return await ReadLocationsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyCollection<string>> GetFileKeysAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT file_key FROM instance");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Query;
using Microsoft.Data.Sqlite;

namespace DicomTyped.Server.Index;

internal sealed partial class SqliteDicomIndex
{
    // (0008,0060) Modality: ModalitiesInStudy is made of it.
    private const uint ModalityTag = 0x00080060;

    // Appended to a range's upper bound so that a value it is a prefix of (a TM 120000 under -1200) still matches:
    // '~' sorts after every digit, '.', '+', '-' and letter used in DA, TM and DT values.
    private const string UpperBoundSuffix = "~";

    // Appended to a word prefix for the end of its range; sorts after every character of the Basic Multilingual Plane.
    private const string PrefixEnd = "\uFFFF";

    public async Task<SearchPage> SearchAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        var parameters = new List<(string, object?)>();
        var (from, key) = query.ResultLevel switch
        {
            QidoLevel.Study => ("study r", "r.study_key"),
            QidoLevel.Series => ("series r", "r.series_key"),
            _ => ("instance r", "r.instance_key"),
        };
        var where = new StringBuilder("1 = 1");
        if (query.StudyInstanceUid is not null)
        {
            where.Append(" AND r.study_key = (SELECT study_key FROM study WHERE study_uid = $route_study)");
            parameters.Add(("$route_study", query.StudyInstanceUid));
        }
        if (query.SeriesInstanceUid is not null)
        {
            where.Append(" AND r.series_key = (SELECT series_key FROM series WHERE series_uid = $route_series AND study_key = r.study_key)");
            parameters.Add(("$route_series", query.SeriesInstanceUid));
        }
        foreach (var condition in query.Conditions)
        {
            AppendCondition(where, parameters, condition);
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // Page first (keys only, newest first), then read what each match returns: the per-row subqueries run for the page only.
        var page = $"SELECT {key} AS k FROM {from} WHERE {where} ORDER BY {key} DESC LIMIT $limit OFFSET $offset";
        var pageParameters = new List<(string, object?)>(parameters) { ("$limit", query.Limit), ("$offset", query.Offset) };
        var sql = query.ResultLevel switch
        {
            QidoLevel.Study =>
                $"SELECT s.attributes, NULL, NULL, (SELECT file_key FROM instance WHERE study_key = s.study_key LIMIT 1), " +
                "(SELECT COUNT(*) FROM instance WHERE study_key = s.study_key), NULL, s.study_key " +
                $"FROM ({page}) p JOIN study s ON s.study_key = p.k ORDER BY p.k DESC",
            QidoLevel.Series =>
                $"SELECT s.attributes, se.attributes, NULL, (SELECT file_key FROM instance WHERE series_key = se.series_key LIMIT 1), " +
                "(SELECT COUNT(*) FROM instance WHERE study_key = s.study_key), (SELECT COUNT(*) FROM instance WHERE series_key = se.series_key), s.study_key " +
                $"FROM ({page}) p JOIN series se ON se.series_key = p.k JOIN study s ON s.study_key = se.study_key ORDER BY p.k DESC",
            _ =>
                $"SELECT s.attributes, se.attributes, i.attributes, i.file_key, " +
                "(SELECT COUNT(*) FROM instance WHERE study_key = s.study_key), (SELECT COUNT(*) FROM instance WHERE series_key = se.series_key), s.study_key " +
                $"FROM ({page}) p JOIN instance i ON i.instance_key = p.k JOIN series se ON se.series_key = i.series_key " +
                "JOIN study s ON s.study_key = i.study_key ORDER BY p.k DESC",
        };
        var rows = new List<SearchRow>();
        var studyKeys = new List<long>();
        await using (var command = Command(connection, null, sql, pageParameters.ToArray()))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new SearchRow(
                    (byte[])reader.GetValue(0),
                    reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1),
                    reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2),
                    reader.GetString(3),
                    reader.GetInt64(4),
                    reader.IsDBNull(5) ? null : reader.GetInt64(5),
                    []));
                studyKeys.Add(reader.GetInt64(6));
            }
        }
        if (query.WantsModalitiesInStudy && rows.Count > 0)
        {
            var modalities = await ModalitiesAsync(connection, studyKeys, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i] = rows[i] with { ModalitiesInStudy = modalities.TryGetValue(studyKeys[i], out var list) ? list : [] };
            }
        }

        long total = query.Offset + rows.Count;
        if (rows.Count == query.Limit)
        {
            total = (long)(await ScalarAsync(connection, null, $"SELECT COUNT(*) FROM {from} WHERE {where}", cancellationToken, parameters.ToArray()).ConfigureAwait(false))!;
        }
        return new SearchPage(rows, total);
    }

    /// <summary>The distinct modalities of the series of each study of a page, in one query (not one per study).</summary>
    private static async Task<Dictionary<long, List<string>>> ModalitiesAsync(SqliteConnection connection, IReadOnlyList<long> studyKeys, CancellationToken cancellationToken)
    {
        var distinct = studyKeys.Distinct().ToList();
        var names = distinct.Select((_, i) => "$s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var parameters = distinct.Select((key, i) => (names[i], (object?)key)).Append(("$tag", (long)ModalityTag)).ToArray();
        await using var command = Command(connection, null,
            // CROSS JOIN keeps the studies' few series as the outer loop (SQLite does not reorder it).
            "SELECT DISTINCT se.study_key, mv.value FROM series se CROSS JOIN match_value mv ON mv.level = 1 AND mv.owner_key = se.series_key AND mv.tag = $tag " +
            $"WHERE se.study_key IN ({string.Join(", ", names)}) ORDER BY se.study_key, mv.value", parameters);
        var byStudy = new Dictionary<long, List<string>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetInt64(0);
            if (!byStudy.TryGetValue(key, out var list))
            {
                byStudy[key] = list = [];
            }
            list.Add(reader.GetString(1));
        }
        return byStudy;
    }

    private static void AppendCondition(StringBuilder where, List<(string, object?)> parameters, IndexCondition condition)
    {
        var n = parameters.Count.ToString(CultureInfo.InvariantCulture);
        var owner = condition.Level switch
        {
            QidoLevel.Study => "r.study_key",
            QidoLevel.Series => "r.series_key",
            _ => "r.instance_key",
        };
        var head = $"level = {(int)condition.Level} AND tag = {condition.Tag.ToString(CultureInfo.InvariantCulture)}";
        switch (condition)
        {
            case ExtendedQueryTags.ExtendedCondition extended:
                extended.AppendSql(where, parameters, owner);
                break;
            case AnySeriesCondition any:
                where.Append($" AND r.study_key IN (SELECT se2.study_key FROM match_value mv JOIN series se2 ON se2.series_key = mv.owner_key " +
                             $"WHERE mv.level = 1 AND mv.tag = {any.Tag.ToString(CultureInfo.InvariantCulture)} AND mv.value = $v{n})");
                parameters.Add(("$v" + n, any.Value));
                break;
            case ExactCondition exact:
                where.Append($" AND {owner} IN (SELECT owner_key FROM match_value WHERE {head} AND value = $v{n})");
                parameters.Add(("$v" + n, exact.Value));
                break;
            case RangeCondition range:
                where.Append($" AND {owner} IN (SELECT owner_key FROM match_value WHERE {head}");
                if (range.From is not null)
                {
                    where.Append($" AND value >= $from{n}");
                    parameters.Add(("$from" + n, range.From));
                }
                if (range.To is not null)
                {
                    where.Append($" AND value <= $to{n}");
                    parameters.Add(("$to" + n, range.To + UpperBoundSuffix));
                }
                where.Append(')');
                break;
            case WordPrefixCondition words:
                for (var i = 0; i < words.Prefixes.Count; i++)
                {
                    var name = $"$w{n}_{i.ToString(CultureInfo.InvariantCulture)}";
                    where.Append($" AND {owner} IN (SELECT owner_key FROM match_word WHERE {head} AND word >= {name}a AND word < {name}b)");
                    parameters.Add((name + "a", words.Prefixes[i]));
                    parameters.Add((name + "b", words.Prefixes[i] + PrefixEnd));
                }
                break;
        }
    }
}

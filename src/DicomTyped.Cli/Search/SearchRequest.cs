using System.Collections.Generic;
using System.Linq;
using DicomTyped.Cli.Commands;
using DicomTyped.Query;

namespace DicomTyped.Cli.Search;

/// <summary>How <c>search</c> prints its matches.</summary>
internal enum SearchFormat
{
    /// <summary>A table on a terminal, tab-separated columns otherwise.</summary>
    Table,
    /// <summary>The DICOM JSON array (PS3.18 F.2).</summary>
    Json,
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}

/// <summary>A checked search: the route, the query parameters in order, and the columns to show.</summary>
internal sealed record SearchRequest(SearchTarget Target, SearchRoute Route, IReadOnlyList<KeyValuePair<string, string>> Parameters, IReadOnlyList<SearchKey> ExtraColumns, bool All)
{
    /// <summary>Checks every key and option of a search against the dictionary and <paramref name="profile"/>, then builds the parameters.</summary>
    /// <exception cref="CommandLineException">A key, value or option the dictionary or the profile refuses.</exception>
    public static SearchRequest Build(
        SearchTarget target, string? study, string? series, IEnumerable<string> filters, IEnumerable<string> includes,
        bool fuzzy, int? limit, int? offset, bool all, QidoProfileRules? profile)
    {
        var route = SearchRoute.For(target, study, series);
        var keys = new SearchKeys(profile);
        var parameters = new List<KeyValuePair<string, string>>();
        var columns = new List<SearchKey>();
        foreach (var filter in filters)
        {
            var equals = filter.IndexOf('=', System.StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CommandLineException($"--filter {filter}: expected Key=Value, such as PatientName=Doe^John or 00100020=12345.");
            }
            var key = keys.Resolve(filter[..equals], "--filter");
            var value = filter[(equals + 1)..];
            keys.CheckFilter(key, value, route);
            parameters.Add(new(key.Keyword, value));
            columns.Add(key);
        }
        if (fuzzy)
        {
            keys.CheckFuzzy(columns);
            parameters.Add(new("fuzzymatching", "true"));
        }
        var includeAll = false;
        foreach (var include in includes.SelectMany(i => i.Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)))
        {
            if (include == "all")
            {
                includeAll = true;
                parameters.Add(new("includefield", "all"));
                continue;
            }
            var key = keys.Resolve(include, "--include");
            parameters.Add(new("includefield", key.Keyword));
            columns.Add(key);
        }
        keys.CheckPaging(limit, offset, includeAll);
        if (limit is { } l)
        {
            parameters.Add(new("limit", l.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (offset is { } o)
        {
            parameters.Add(new("offset", o.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return new SearchRequest(target, route, parameters, columns, all);
    }
}

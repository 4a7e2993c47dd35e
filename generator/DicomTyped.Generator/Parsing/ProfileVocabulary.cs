using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Parsing;

/// <summary>The words of the profile format and what they mean.</summary>
internal static class ProfileVocabulary
{
    // The QIDO-RS route table, the one place routes are written: each route, its word in profile files, and the levels
    // it reaches (PS3.18 10.6.1: a route searches and returns the levels at and above its target, below its path's UIDs).
    // Emit/QidoRoute adds the emitted names and paths to these rows and takes their levels from here.
    private static readonly (QidoRoutes Route, string Word, QueryLevel[] Levels)[] s_routes =
    [
        (QidoRoutes.Studies, "studies", [QueryLevel.Study]),
        (QidoRoutes.Series, "series", [QueryLevel.Study, QueryLevel.Series]),
        (QidoRoutes.Instances, "instances", [QueryLevel.Study, QueryLevel.Series, QueryLevel.Instance]),
        (QidoRoutes.StudySeries, "study-series", [QueryLevel.Series]),
        (QidoRoutes.StudyInstances, "study-instances", [QueryLevel.Series, QueryLevel.Instance]),
        (QidoRoutes.SeriesInstances, "series-instances", [QueryLevel.Instance]),
    ];

    /// <summary>The six routes, in the table's order.</summary>
    public static readonly QidoRoutes[] AllRoutes = Column(row => row.Route);

    public static bool TryParseRoute(string word, out QidoRoutes route)
    {
        foreach (var row in s_routes)
        {
            if (row.Word == word)
            {
                route = row.Route;
                return true;
            }
        }
        route = QidoRoutes.None;
        return false;
    }

    public static string RouteWord(QidoRoutes route)
    {
        foreach (var row in s_routes)
        {
            if (row.Route == route)
            {
                return row.Word;
            }
        }
        return route.ToString();
    }

    public static bool TryParseMatch(string word, out MatchKinds kind)
    {
        kind = word switch
        {
            "exact" => MatchKinds.Exact,
            "range" => MatchKinds.Range,
            "fuzzy" => MatchKinds.Fuzzy,
            "wildcard" => MatchKinds.Wildcard,
            "list" => MatchKinds.UidList,
            _ => MatchKinds.None,
        };
        return kind != MatchKinds.None;
    }

    public static string MatchWord(MatchKinds kind) => kind switch
    {
        MatchKinds.Exact => "exact",
        MatchKinds.Range => "range",
        MatchKinds.Fuzzy => "fuzzy",
        MatchKinds.Wildcard => "wildcard",
        MatchKinds.UidList => "list",
        _ => kind.ToString(),
    };

    public static bool TryParseReturn(string word, out ReturnKind kind)
    {
        switch (word)
        {
            case "default": kind = ReturnKind.Default; return true;
            case "all": kind = ReturnKind.IncludeAll; return true;
            case "computed": kind = ReturnKind.Computed; return true;
            case "-": kind = ReturnKind.OnRequest; return true;
            default: kind = ReturnKind.OnRequest; return false;
        }
    }

    public static bool TryParseLevel(string section, out QueryLevel level)
    {
        switch (section)
        {
            case "study": level = QueryLevel.Study; return true;
            case "series": level = QueryLevel.Series; return true;
            case "instance": level = QueryLevel.Instance; return true;
            default: level = QueryLevel.Study; return false;
        }
    }

    public static string LevelWord(QueryLevel level) => level switch
    {
        QueryLevel.Study => "study",
        QueryLevel.Series => "series",
        _ => "instance",
    };

    /// <summary>The levels a route can search and returns (PS3.18 10.6.1), from study to instance; empty for no route.</summary>
    public static QueryLevel[] LevelsReached(QidoRoutes route)
    {
        foreach (var row in s_routes)
        {
            if (row.Route == route)
            {
                return row.Levels;
            }
        }
        return [];
    }

    /// <summary>Whether <paramref name="route"/> can search and return attributes of <paramref name="level"/>.</summary>
    public static bool RouteReaches(QidoRoutes route, QueryLevel level) => System.Array.IndexOf(LevelsReached(route), level) >= 0;

    private static T[] Column<T>(System.Func<(QidoRoutes Route, string Word, QueryLevel[] Levels), T> select)
    {
        var column = new T[s_routes.Length];
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = select(s_routes[i]);
        }
        return column;
    }
}

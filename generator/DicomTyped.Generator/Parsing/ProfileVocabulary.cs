using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Parsing;

/// <summary>The words of the profile format and what they mean.</summary>
internal static class ProfileVocabulary
{
    public static bool TryParseRoute(string word, out QidoRoutes route)
    {
        route = word switch
        {
            "studies" => QidoRoutes.Studies,
            "series" => QidoRoutes.Series,
            "instances" => QidoRoutes.Instances,
            "study-series" => QidoRoutes.StudySeries,
            "study-instances" => QidoRoutes.StudyInstances,
            "series-instances" => QidoRoutes.SeriesInstances,
            _ => QidoRoutes.None,
        };
        return route != QidoRoutes.None;
    }

    public static string RouteWord(QidoRoutes route) => route switch
    {
        QidoRoutes.Studies => "studies",
        QidoRoutes.Series => "series",
        QidoRoutes.Instances => "instances",
        QidoRoutes.StudySeries => "study-series",
        QidoRoutes.StudyInstances => "study-instances",
        QidoRoutes.SeriesInstances => "series-instances",
        _ => route.ToString(),
    };

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

    /// <summary>The levels a route can search and returns (PS3.18 10.6.1): a route reaches the levels below its target.</summary>
    public static bool RouteReaches(QidoRoutes route, QueryLevel level) => route switch
    {
        QidoRoutes.Studies => level == QueryLevel.Study,
        QidoRoutes.Series => level != QueryLevel.Instance,
        QidoRoutes.Instances => true,
        QidoRoutes.StudySeries => level == QueryLevel.Series,
        QidoRoutes.StudyInstances => level != QueryLevel.Study,
        QidoRoutes.SeriesInstances => level == QueryLevel.Instance,
        _ => false,
    };

    public static readonly QidoRoutes[] AllRoutes =
    [
        QidoRoutes.Studies, QidoRoutes.Series, QidoRoutes.Instances,
        QidoRoutes.StudySeries, QidoRoutes.StudyInstances, QidoRoutes.SeriesInstances,
    ];
}

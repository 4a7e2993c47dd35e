using System.Collections.Generic;
using DicomTyped.Generator.Model;
using DicomTyped.Generator.Parsing;

namespace DicomTyped.Generator.Emit;

/// <summary>
/// One of the six QIDO-RS routes as the emitters need it: names, path, route parameters. Which routes exist and the
/// levels each reaches come from the route table in <see cref="ProfileVocabulary"/>, not from here.
/// </summary>
internal sealed class QidoRoute
{
    private QidoRoute(QidoRoutes route, string factory, string builder, string match, string description, string pathTemplate, string[] uidParameters)
    {
        Route = route;
        Factory = factory;
        Builder = builder;
        Match = match;
        Description = description;
        PathTemplate = pathTemplate;
        UidParameters = uidParameters;
    }

    public QidoRoutes Route { get; }

    /// <summary>The method of <c>Qido</c> that starts the query.</summary>
    public string Factory { get; }

    /// <summary>The builder class name.</summary>
    public string Builder { get; }

    /// <summary>The match record class name.</summary>
    public string Match { get; }

    /// <summary>What the route searches, for docs.</summary>
    public string Description { get; }

    /// <summary>The path with <c>{0}</c>, <c>{1}</c> for the UIDs.</summary>
    public string PathTemplate { get; }

    /// <summary>The UID parameters of the route: studyInstanceUid, seriesInstanceUid.</summary>
    public string[] UidParameters { get; }

    /// <summary>The levels whose attributes a match of this route can hold (what includefield can name).</summary>
    public QueryLevel[] ReturnedLevels => ProfileVocabulary.LevelsReached(Route);

    public static readonly IReadOnlyList<QidoRoute> All =
    [
        new(QidoRoutes.Studies, "Studies", "StudiesQuery", "StudyMatch", "all studies", "studies", []),
        new(QidoRoutes.Series, "Series", "SeriesQuery", "SeriesMatch", "all series", "series", []),
        new(QidoRoutes.Instances, "Instances", "InstancesQuery", "InstanceMatch", "all instances", "instances", []),
        new(QidoRoutes.StudySeries, "StudySeries", "StudySeriesQuery", "SeriesMatch", "the series of one study", "studies/{0}/series", ["studyInstanceUid"]),
        new(QidoRoutes.StudyInstances, "StudyInstances", "StudyInstancesQuery", "InstanceMatch", "the instances of one study", "studies/{0}/instances", ["studyInstanceUid"]),
        new(QidoRoutes.SeriesInstances, "SeriesInstances", "SeriesInstancesQuery", "InstanceMatch", "the instances of one series", "studies/{0}/series/{1}/instances", ["studyInstanceUid", "seriesInstanceUid"]),
    ];

    /// <summary>The GET path as docs show it: <c>studies/{study}/series</c>.</summary>
    public string DisplayPath => string.Format(PathTemplate, "{study}", "{series}");

    /// <summary>The C# expression of the path, with the UID parameters checked.</summary>
    public string PathExpression()
    {
        if (UidParameters.Length == 0)
        {
            return SourceWriter.Literal(PathTemplate);
        }
        var parts = PathTemplate.Split('{', '}');
        var expression = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                continue;
            }
            if (expression.Length > 0)
            {
                expression.Append(" + ");
            }
            if (i % 2 == 1)
            {
                var parameter = UidParameters[int.Parse(parts[i])];
                var keyword = parameter == "studyInstanceUid" ? "StudyInstanceUID" : "SeriesInstanceUID";
                expression.Append("global::DicomTyped.Query.QidoValues.Uid(").Append(parameter).Append(", ").Append(SourceWriter.Literal(keyword)).Append(')');
            }
            else
            {
                expression.Append(SourceWriter.Literal(parts[i]));
            }
        }
        return expression.ToString();
    }
}

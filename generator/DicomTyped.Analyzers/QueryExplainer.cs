using System.Collections.Generic;
using System.Linq;
using DicomTyped.Generator.Model;
using DicomTyped.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace DicomTyped.Analyzers;

/// <summary>
/// Says why a builder has no member of a name: which attribute, route and profile, and what the profile does offer.
/// The typed diagnostics (DTY0008 to DTY0011) and the string-keyed warning (DTY0012) share these sentences.
/// </summary>
internal sealed class QueryExplainer
{
    private readonly QueryBuilder _builder;
    private readonly IReadOnlyList<QueryBuilder> _siblings;
    private readonly Keywords _keywords;

    public QueryExplainer(QueryBuilder builder, INamedTypeSymbol marker, Keywords keywords)
    {
        _builder = builder;
        _siblings = builder.Siblings(marker);
        _keywords = keywords;
    }

    /// <summary>Whether the name is an attribute keyword: in the dictionary, or one the profile lists (declared ones too).</summary>
    public bool IsKeyword(string name) =>
        _keywords.Contains(name) || _siblings.Any(s => s.Returns(name) || s.MatchMethods(name).Count > 0);

    /// <summary>The explanation of a member <paramref name="name"/> the builder lacks, or null when it has one.</summary>
    public (DiagnosticDescriptor Descriptor, string Message)? Explain(string name)
    {
        if (_builder.Type.MemberNames.Contains(name))
        {
            return null;
        }
        var (keyword, kind) = MemberName.Split(name, IsKeyword);
        if (!IsKeyword(keyword))
        {
            return (AnalyzerDescriptors.UnknownAttribute, Unknown(name));
        }
        var methods = _builder.MatchMethods(keyword);
        if (methods.Count == 0)
        {
            return NotSearchable(keyword);
        }
        return (AnalyzerDescriptors.MatchingNotSupported, NoMatching(keyword, kind, methods));
    }

    /// <summary>DTY0011: a name that is no keyword; "did you mean" over the builder's members and the dictionary.</summary>
    public string Unknown(string name)
    {
        var text = $"{name} is not an attribute keyword of the data dictionary or of profile {_builder.Profile}, nor a member of the {_builder.Path} query";
        var suggestion = EditDistance.Closest(name, _builder.MethodNames()) ?? EditDistance.Closest(name, _keywords.All);
        return suggestion is null ? text : text + $"; did you mean {suggestion}?";
    }

    /// <summary>DTY0008 or DTY0009: a keyword with no match method on this route.</summary>
    public (DiagnosticDescriptor Descriptor, string Message) NotSearchable(string keyword)
    {
        var routes = _siblings.Where(s => s.MatchMethods(keyword).Count > 0).Select(s => s.Path).ToList();
        var where = routes.Count > 0
            ? "it is searchable on " + string.Join(", ", routes)
            : _siblings.Any(s => s.Returns(keyword))
                ? "the profile searches it on no route, only returns it (ask for it with IncludeField)"
                : "the profile does not list it, so no route searches it";
        if (LevelOf(keyword) is { } level && IsAboveRoute(level))
        {
            return (AnalyzerDescriptors.LevelFixedByRoute,
                $"{keyword} is a {ProfileVocabulary.LevelWord(level)} attribute, but {_builder.Path} in profile {_builder.Profile} searches {Reached()} attributes within the {Scope()} of its path; {where}");
        }
        return (AnalyzerDescriptors.NotSearchableOnRoute, $"{keyword} is not searchable on {_builder.Path} in profile {_builder.Profile}; {where}");
    }

    private string NoMatching(string keyword, MatchKinds kind, IReadOnlyList<(IMethodSymbol Method, MatchKinds Kind)> methods)
    {
        var offered = string.Join(", ", methods
            .GroupBy(m => m.Method.Name)
            .Select(g => $"{g.Key} ({MemberName.Describe(g.First().Kind)})"));
        var anywhere = _siblings.Any(s => s.HasAnyMatching(kind));
        var what = anywhere
            ? $"{_builder.Title} has no {MemberName.Describe(kind)} matching of {keyword} on {_builder.Path} (profile {_builder.Profile})"
            : $"{_builder.Title} has no {MemberName.Describe(kind)} matching (profile {_builder.Profile})";
        return $"{what}; {keyword} matches with {offered}";
    }

    // The level comes from the Field lists: the study-only, series-only and instance-only routes return exactly one level.
    private QueryLevel? LevelOf(string keyword)
    {
        foreach (var (route, level) in new[] { (QidoRoutes.Studies, QueryLevel.Study), (QidoRoutes.StudySeries, QueryLevel.Series), (QidoRoutes.SeriesInstances, QueryLevel.Instance) })
        {
            if (_siblings.FirstOrDefault(s => s.Route == route) is { } builder && builder.Returns(keyword))
            {
                return level;
            }
        }
        return null;
    }

    // Above the route: a level its path fixes (the study of /studies/{study}/series), not one it merely does not reach.
    private bool IsAboveRoute(QueryLevel level) =>
        !ProfileVocabulary.RouteReaches(_builder.Route, level) && _builder.Route switch
        {
            QidoRoutes.StudySeries or QidoRoutes.StudyInstances => level == QueryLevel.Study,
            QidoRoutes.SeriesInstances => level != QueryLevel.Instance,
            _ => false,
        };

    private string Reached() => _builder.Route switch
    {
        QidoRoutes.StudySeries => "series",
        QidoRoutes.StudyInstances => "series and instance",
        _ => "instance",
    };

    private string Scope() => _builder.Route == QidoRoutes.SeriesInstances ? "series" : "study";
}

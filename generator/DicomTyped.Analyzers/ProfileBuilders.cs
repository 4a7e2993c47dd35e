using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DicomTyped.Generator.Model;
using DicomTyped.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace DicomTyped.Analyzers;

/// <summary>
/// One generated query builder as the analyzer sees it: its profile and route from <c>[DicomQueryBuilder]</c>, and the
/// facts of its profile read from the builders beside it (a builder has a match method exactly where the profile
/// searches an attribute; its nested <c>Field</c> lists the attributes of the levels its route returns). Reading the
/// symbols, not the profile file, works the same for a consumer's own profile and for the built-in ones compiled
/// into DicomTyped.Core.
/// </summary>
internal sealed class QueryBuilder
{
    public const string MarkerName = "DicomTyped.Query.DicomQueryBuilderAttribute";

    private QueryBuilder(INamedTypeSymbol type, string profile, string title, string path, QidoRoutes route)
    {
        Type = type;
        Profile = profile;
        Title = title;
        Path = path;
        Route = route;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The profile's C# name.</summary>
    public string Profile { get; }

    /// <summary>The profile's title.</summary>
    public string Title { get; }

    /// <summary>The route as PS3.18 writes it: <c>/studies/{study}/series</c>.</summary>
    public string Path { get; }

    public QidoRoutes Route { get; }

    /// <summary>The builder the type is, or null when it is not a generated builder.</summary>
    public static QueryBuilder? From(ITypeSymbol? type, INamedTypeSymbol marker)
    {
        if (type is not INamedTypeSymbol named)
        {
            return null;
        }
        foreach (var attribute in named.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, marker)
                && attribute.ConstructorArguments.Length == 3
                && attribute.ConstructorArguments[0].Value is string profile
                && attribute.ConstructorArguments[1].Value is string title
                && attribute.ConstructorArguments[2].Value is string path
                && RouteOf(path) is var route && route != QidoRoutes.None)
            {
                return new QueryBuilder(named, profile, title, path, route);
            }
        }
        return null;
    }

    /// <summary>The builders of the same profile (this one included), in route order.</summary>
    public IReadOnlyList<QueryBuilder> Siblings(INamedTypeSymbol marker)
    {
        var list = new List<QueryBuilder>();
        foreach (var type in Type.ContainingNamespace.GetTypeMembers())
        {
            if (From(type, marker) is { } builder && builder.Profile == Profile)
            {
                list.Add(builder);
            }
        }
        list.Sort((a, b) => Array.IndexOf(ProfileVocabulary.AllRoutes, a.Route).CompareTo(Array.IndexOf(ProfileVocabulary.AllRoutes, b.Route)));
        return list;
    }

    /// <summary>The match methods of <paramref name="keyword"/> on this builder, with their matching kind.</summary>
    public IReadOnlyList<(IMethodSymbol Method, MatchKinds Kind)> MatchMethods(string keyword)
    {
        var list = new List<(IMethodSymbol, MatchKinds)>();
        foreach (var member in Type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false } method
                && MemberName.Split(method.Name, n => n == keyword) is { Keyword: var k, Kind: var kind } && k == keyword)
            {
                list.Add((method, kind));
            }
        }
        return list;
    }

    /// <summary>Whether this builder has any match method of the kind, for any attribute.</summary>
    public bool HasAnyMatching(MatchKinds kind)
    {
        foreach (var name in Type.MemberNames)
        {
            if (name.EndsWith(MemberName.Suffix(kind), StringComparison.Ordinal) && MemberName.Suffix(kind).Length > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the route's <c>Field</c> (the attributes of the levels it returns) lists the keyword.</summary>
    public bool Returns(string keyword) =>
        Type.GetTypeMembers("Field").FirstOrDefault() is { } field && (field.MemberNames.Contains(keyword) || field.MemberNames.Contains(keyword + "Attribute"));

    /// <summary>The public method names of the builder, for "did you mean".</summary>
    public IEnumerable<string> MethodNames()
    {
        foreach (var member in Type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false })
            {
                yield return member.Name;
            }
        }
    }

    /// <summary>The route of a path as the marker writes it.</summary>
    public static QidoRoutes RouteOf(string path) => path switch
    {
        "/studies" => QidoRoutes.Studies,
        "/series" => QidoRoutes.Series,
        "/instances" => QidoRoutes.Instances,
        "/studies/{study}/series" => QidoRoutes.StudySeries,
        "/studies/{study}/instances" => QidoRoutes.StudyInstances,
        "/studies/{study}/series/{series}/instances" => QidoRoutes.SeriesInstances,
        _ => QidoRoutes.None,
    };

    /// <summary>The builders of the profile whose nested match record type is <paramref name="match"/>'s namespace, keyed by route.</summary>
    public static ImmutableArray<QueryBuilder> InNamespace(INamespaceSymbol ns, INamedTypeSymbol marker)
    {
        var builder = ImmutableArray.CreateBuilder<QueryBuilder>();
        foreach (var type in ns.GetTypeMembers())
        {
            if (From(type, marker) is { } b)
            {
                builder.Add(b);
            }
        }
        return builder.ToImmutable();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DicomTyped.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DicomTyped.Analyzers;

/// <summary>
/// A call of <c>DicomWebClient.SearchAsync&lt;TMatch&gt;(route, parameters)</c> (or <c>SearchAllAsync</c>) read for the
/// analyzer and the code fix: the profile (TMatch's namespace), the route (a string literal or an interpolated string),
/// each key-value pair written out in the call, which keys the profile does not search there, and, when every key is
/// known and searchable, the typed builder expression that means the same search.
/// </summary>
internal sealed class StringKeyedSearch
{
    private const string ClientType = "DicomTyped.Client.DicomWebClient";

    private readonly Func<INamedTypeSymbol, string> _display;

    private StringKeyedSearch(IInvocationOperation invocation, Func<INamedTypeSymbol, string>? display)
    {
        Invocation = invocation;
        _display = display ?? (type => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>Keys the profile or dictionary does not have there: where, and the explanation.</summary>
    public List<(Location Location, string Message)> Problems { get; } = [];

    /// <summary>The typed query expression (C# text, fully qualified) or null when the call cannot be rewritten.</summary>
    public string? TypedQuery { get; private set; }

    /// <summary>The call read, or null when it is not a string-keyed search.</summary>
    /// <param name="invocation">The call.</param>
    /// <param name="marker">The builder marker attribute type.</param>
    /// <param name="keywords">The dictionary's keywords.</param>
    /// <param name="display">How the typed query names types (fully qualified unless given).</param>
    public static StringKeyedSearch? Read(IInvocationOperation invocation, INamedTypeSymbol marker, Keywords keywords, Func<INamedTypeSymbol, string>? display = null)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("SearchAsync" or "SearchAllAsync") || method.ContainingType?.ToDisplayString() != ClientType
            || method.TypeArguments.Length != 1 || method.Parameters.Length < 2 || method.Parameters[0].Type.SpecialType != SpecialType.System_String
            || invocation.Arguments.Length < 2)
        {
            return null;
        }
        var search = new StringKeyedSearch(invocation, display);
        var route = Argument(invocation, 0);
        var parameters = Argument(invocation, 1);
        if (route is null || parameters is null)
        {
            return search;
        }
        var shape = RouteShape.Read(route);
        QueryBuilder? builder = null;
        if (shape is not null && method.TypeArguments[0].ContainingNamespace is { } ns)
        {
            builder = QueryBuilder.InNamespace(ns, marker).FirstOrDefault(b => b.Route == shape.Route);
        }
        search.Check(builder, marker, keywords, parameters, shape);
        return search;
    }

    private static IArgumentOperation? Argument(IInvocationOperation invocation, int ordinal) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal && a.ArgumentKind == ArgumentKind.Explicit);

    private void Check(QueryBuilder? builder, INamedTypeSymbol marker, Keywords keywords, IArgumentOperation parameters, RouteShape? shape)
    {
        var explainer = builder is null ? null : new QueryExplainer(builder, marker, keywords);
        var pairs = Pairs(parameters, out var complete);
        var calls = new StringBuilder();
        var typeable = complete && builder is not null && shape is not null
            && Invocation.Arguments.All(a => a.Syntax is not ArgumentSyntax { NameColon: not null });
        var model = parameters.SemanticModel!;
        foreach (var (keySyntax, value) in pairs)
        {
            if (model.GetConstantValue(keySyntax) is not { HasValue: true, Value: string key })
            {
                typeable = false;
                continue;
            }
            var call = Call(key, value, model.GetConstantValue(value), builder, explainer, keywords, keySyntax.GetLocation());
            if (call is null)
            {
                typeable = false;
            }
            else
            {
                calls.Append('.').Append(call);
            }
        }
        if (typeable && Problems.Count == 0 && pairs.Count > 0 && builder!.Type.ContainingNamespace.GetTypeMembers("Qido").FirstOrDefault() is { } qido)
        {
            TypedQuery = $"{_display(qido)}.{shape!.Factory}({string.Join(", ", shape.Uids)}){calls}";
        }
    }

    // One pair: a problem to report, and the builder call it becomes (null when it has none).
    private string? Call(string key, ExpressionSyntax value, Optional<object?> valueConstant, QueryBuilder? builder, QueryExplainer? explainer, Keywords keywords, Location location)
    {
        var valueText = value.ToString();
        var constant = valueConstant is { HasValue: true, Value: string s } ? s : null;
        switch (key)
        {
            case "limit" or "offset":
                var member = key == "limit" ? "Limit" : "Offset";
                return constant is not null && int.TryParse(constant, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    && builder?.Type.MemberNames.Contains(member) == true ? $"{member}({number})" : null;
            case "includefield":
                if (constant == "all")
                {
                    return builder?.Type.MemberNames.Contains("IncludeAllFields") == true ? "IncludeAllFields()" : null;
                }
                var field = constant is null ? null : KeywordOf(constant, keywords);
                if (field is not null && explainer is not null && !explainer.IsKeyword(field))
                {
                    Problems.Add((value.GetLocation(), explainer.Unknown(field)));
                    return null;
                }
                if (field is not null && explainer is null && !keywords.Contains(field) && !IsTag(field))
                {
                    Problems.Add((value.GetLocation(), UnknownWithoutProfile(field, keywords)));
                    return null;
                }
                return field is not null && builder is not null && builder.Returns(field) && builder.Type.GetTypeMembers("Field").Any(f => f.MemberNames.Contains(field))
                    ? $"IncludeField({_display(builder.Type)}.Field.{field})"
                    : null;
            case "fuzzymatching":
                return null;
        }
        if (key.IndexOf('.') >= 0)
        {
            return null; // a sequence path: not in the typed surface
        }
        var keyword = KeywordOf(key, keywords);
        if (keyword is null)
        {
            return null; // a tag the dictionary does not know: private or an extended query tag
        }
        if (explainer is null || builder is null)
        {
            if (!keywords.Contains(keyword))
            {
                Problems.Add((location, UnknownWithoutProfile(keyword, keywords)));
            }
            return null;
        }
        if (!explainer.IsKeyword(keyword))
        {
            Problems.Add((location, explainer.Unknown(keyword)));
            return null;
        }
        var methods = builder.MatchMethods(keyword);
        if (methods.Count == 0)
        {
            Problems.Add((location, explainer.NotSearchable(keyword).Message));
            return null;
        }
        var wildcard = constant is not null && constant.IndexOfAny(['*', '?']) >= 0;
        var kind = wildcard ? MatchKinds.Wildcard : MatchKinds.Exact;
        var target = methods.FirstOrDefault(m => m.Kind == kind && m.Method.Parameters.Length == 1 && m.Method.Parameters[0].Type.SpecialType == SpecialType.System_String);
        return target.Method is null ? null : $"{target.Method.Name}({valueText})";
    }

    private static string UnknownWithoutProfile(string keyword, Keywords keywords)
    {
        var suggestion = EditDistance.Closest(keyword, keywords.All);
        return $"{keyword} is not an attribute keyword of the data dictionary" + (suggestion is null ? "" : $"; did you mean {suggestion}?");
    }

    // A key is a keyword or 8 hex digits; a tag becomes its keyword when the dictionary has it.
    private static string? KeywordOf(string key, Keywords keywords) =>
        IsTag(key) ? keywords.KeywordOf(uint.Parse(key, NumberStyles.HexNumber, CultureInfo.InvariantCulture)) : key;

    private static bool IsTag(string key) => key.Length == 8 && key.All(Uri.IsHexDigit);

    // The pairs written out in the call: a collection expression or array initializer of new(key, value) or
    // KeyValuePair.Create(key, value). A collection expression is read through its child operations: Roslyn 4.8 has no
    // ICollectionExpressionOperation and binds no semantic model queries inside one, but gives the elements as children.
    private static List<(ExpressionSyntax Key, ExpressionSyntax Value)> Pairs(IArgumentOperation parameters, out bool complete)
    {
        var list = new List<(ExpressionSyntax, ExpressionSyntax)>();
        var value = Unwrap(parameters.Value);
        IReadOnlyList<IOperation>? elements = value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            _ when value.Syntax is CollectionExpressionSyntax c && c.Elements.All(e => e is ExpressionElementSyntax) => value.ChildOperations.ToList(),
            _ => null,
        };
        complete = elements is not null && (value.Syntax is not CollectionExpressionSyntax c2 || c2.Elements.Count == elements.Count);
        foreach (var element in elements ?? [])
        {
            var arguments = Unwrap(element) switch
            {
                IObjectCreationOperation creation when IsPair(creation.Type) => creation.Arguments,
                IInvocationOperation { TargetMethod.Name: "Create" } create when IsPair(create.Type) => create.Arguments,
                _ => default,
            };
            if (arguments.IsDefault || arguments.Length != 2)
            {
                complete = false;
                continue;
            }
            // By parameter, so new(value: v, key: k) reads right too.
            list.Add((arguments.First(a => a.Parameter?.Ordinal == 0).Value.Syntax as ExpressionSyntax ?? throw new System.InvalidOperationException(),
                      arguments.First(a => a.Parameter?.Ordinal == 1).Value.Syntax as ExpressionSyntax ?? throw new System.InvalidOperationException()));
        }
        return list;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }
        return operation;
    }

    private static bool IsPair(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
        && pair.TypeArguments[0].SpecialType == SpecialType.System_String && pair.TypeArguments[1].SpecialType == SpecialType.System_String;
}

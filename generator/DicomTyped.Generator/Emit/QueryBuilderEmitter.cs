using System.Collections.Generic;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>
/// Emits the builder of one route: a method per attribute searchable there (and only there, so anything else
/// does not compile), typed includefield, and limit/offset when the server has them.
/// </summary>
internal static class QueryBuilderEmitter
{
    public static string Emit(ProfileModel profile, QidoRoute route)
    {
        var w = ProfileSource.Start(profile);
        var match = "global::" + profile.Namespace + "." + route.Match;
        w.Line($"/// <summary>A QIDO-RS search of {route.Description} on {SourceWriter.Xml(profile.Title)}: <c>GET {{base}}/{route.DisplayPath}</c>.</summary>");
        w.Line("/// <remarks>Only the attributes this server searches on this route have match methods. Matches are sent in the order they were set.</remarks>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        // Read by the analyzer (DicomTyped.Analyzers) to explain a member this builder lacks.
        w.Line($"[global::DicomTyped.Query.DicomQueryBuilder({SourceWriter.Literal(profile.Name)}, {SourceWriter.Literal(profile.Title)}, {SourceWriter.Literal("/" + route.DisplayPath)})]");
        w.Open($"public sealed partial class {route.Builder} : global::DicomTyped.Query.QidoQuery<{match}>");
        var parameters = string.Join(", ", System.Linq.Enumerable.Select(route.UidParameters, p => "string " + p));
        w.Line($"internal {route.Builder}({parameters})");
        // A server that does not percent-decode gets wildcard forms of free text, filtered on the client (QidoQuery.SetTextMatch).
        w.Line($"    : base({route.PathExpression()}{(profile.DecodesQueryValues ? "" : ", serverDecodesValues: false")})");
        w.Line("{");
        w.Line("}");
        w.Line();
        foreach (var attribute in profile.Attributes)
        {
            if ((attribute.SearchableOn & route.Route) != 0)
            {
                QueryMethodEmitter.Emit(w, route.Builder, attribute, profile.DecodesQueryValues);
            }
        }
        EmitPaging(w, profile, route);
        FieldEmitter.Emit(w, profile, route, Returnable(profile, route));
        w.Close();
        return w.ToString();
    }

    private static List<ProfileAttributeModel> Returnable(ProfileModel profile, QidoRoute route)
    {
        var list = new List<ProfileAttributeModel>();
        foreach (var attribute in profile.Attributes)
        {
            if (System.Array.IndexOf(route.ReturnedLevels, attribute.Level) >= 0)
            {
                list.Add(attribute);
            }
        }
        return list;
    }

    private static void EmitPaging(SourceWriter w, ProfileModel profile, QidoRoute route)
    {
        if (profile.Limit is { } limit)
        {
            var bounds = $"{limit.Min}..{limit.Max}";
            w.Line($"/// <summary>Returns at most <paramref name=\"limit\"/> matches (<c>limit</c>); this server accepts {bounds}{(limit.Default > 0 ? $" and returns {limit.Default} by default" : "")}.</summary>");
            w.Line("/// <param name=\"limit\">The number of matches to return.</param>");
            w.Line("/// <returns>This query.</returns>");
            w.Line($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"limit\"/> is outside {bounds}.</exception>");
            w.Open($"public {route.Builder} Limit(int limit)");
            w.Line($"SetLimit(limit, {limit.Min}, {limit.Max});");
            w.Line("return this;");
            w.Close();
            w.Line();
        }
        if (profile.SupportsOffset)
        {
            w.Line("/// <summary>Skips the first <paramref name=\"offset\"/> matches (<c>offset</c>), for paging.</summary>");
            w.Line("/// <param name=\"offset\">The number of matches to skip (0 or more).</param>");
            w.Line("/// <returns>This query.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"offset\"/> is negative.</exception>");
            w.Open($"public {route.Builder} Offset(int offset)");
            w.Line("SetOffset(offset);");
            w.Line("return this;");
            w.Close();
            w.Line();
        }
        w.Line("/// <summary>Asks for more attributes in each match (<c>includefield</c>, one key per field).</summary>");
        w.Line("/// <param name=\"fields\">Attributes of the levels this route returns.</param>");
        w.Line("/// <returns>This query.</returns>");
        w.Open($"public {route.Builder} IncludeField(params Field[] fields)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(fields);");
        w.Open("foreach (var field in fields)");
        w.Line("AddIncludeField(field.Key ?? throw new global::System.ArgumentException(\"default(Field) names no attribute.\", nameof(fields)));");
        w.Close();
        w.Line("return this;");
        w.Close();
        w.Line();
        if (profile.SupportsIncludeAll)
        {
            w.Line("/// <summary>Asks for every attribute the server can return (<c>includefield=all</c>); named fields are then not sent.</summary>");
            w.Line("/// <returns>This query.</returns>");
            w.Open($"public {route.Builder} IncludeAllFields()");
            w.Line("IncludeAll();");
            w.Line("return this;");
            w.Close();
            w.Line();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>
/// Emits <c>QidoSearchRules</c>: the profile's QIDO-RS rules as data (<c>DicomTyped.Query.QidoProfileRules</c>), so that a
/// server (DicomTyped.Server) enforces the same searchable attributes, matching kinds, returned attributes and limit bounds
/// as the typed builders emitted from the same file.
/// </summary>
internal static class SearchRulesEmitter
{
    private const string QueryNamespace = "global::DicomTyped.Query.";

    public static string HintName(ProfileModel profile) => "SearchRules." + profile.Name + ".g.cs";

    public static string Emit(ProfileModel profile)
    {
        var w = ProfileSource.Start(profile);
        w.Line($"/// <summary>The QIDO-RS rules of {SourceWriter.Xml(profile.Title)} as data, read from <c>{SourceWriter.Xml(System.IO.Path.GetFileName(profile.FilePath))}</c>.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public static class QidoSearchRules");
        w.Line("/// <summary>Searchable attributes per route, matching kinds, returned attributes, limit and offset rules.</summary>");
        w.Line($"public static {QueryNamespace}QidoProfileRules Rules {{ get; }} = new(");
        w.Line($"    {SourceWriter.Literal(profile.Name)},");
        w.Line($"    {Nullable(profile.Limit?.Min)}, {Nullable(profile.Limit?.Max)}, {Nullable(profile.Limit?.Default)},");
        w.Line($"    {Bool(profile.SupportsOffset)}, {Bool(profile.SupportsIncludeAll)},");
        w.Line("    new " + QueryNamespace + "QidoAttributeRule[]");
        w.Line("    {");
        foreach (var a in profile.Attributes)
        {
            w.Line($"        new(0x{a.Tag.ToString("X8", CultureInfo.InvariantCulture)}u, {SourceWriter.Literal(a.Keyword)}, {SourceWriter.Literal(a.Vr)}, " +
                   $"{QueryNamespace}QidoLevel.{a.Level}, {Flags("QidoRoutes", a.SearchableOn)}, {Flags("QidoMatching", a.Matching)}, " +
                   $"{QueryNamespace}QidoReturn.{Return(a.Returned)}),");
        }
        w.Line("    });");
        w.Close();
        return w.ToString();
    }

    private static string Nullable(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Return(ReturnKind kind) => kind switch
    {
        ReturnKind.Default => "Default",
        ReturnKind.IncludeAll => "IncludeAll",
        ReturnKind.Computed => "Computed",
        _ => "OnRequest",
    };

    // The generator's flag enums and the runtime's share member names and values; names keep the output readable.
    private static string Flags<TEnum>(string runtimeType, TEnum value) where TEnum : struct, Enum
    {
        var bits = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (bits == 0)
        {
            return QueryNamespace + runtimeType + ".None";
        }
        var names = new List<string>();
        foreach (TEnum member in Enum.GetValues(typeof(TEnum)))
        {
            var memberBits = Convert.ToInt32(member, CultureInfo.InvariantCulture);
            if (memberBits != 0 && (bits & memberBits) == memberBits)
            {
                names.Add(QueryNamespace + runtimeType + "." + member);
            }
        }
        return string.Join(" | ", names);
    }
}

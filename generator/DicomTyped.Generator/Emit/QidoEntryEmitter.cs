using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Emits the <c>Qido</c> class: one method per route that starts a typed query.</summary>
internal static class QidoEntryEmitter
{
    public static string Emit(ProfileModel profile)
    {
        var w = ProfileSource.Start(profile);
        w.Line($"/// <summary>Typed QIDO-RS searches for {SourceWriter.Xml(profile.Title)}: one method per route, each starting a query builder.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public static partial class Qido");
        foreach (var route in QidoRoute.All)
        {
            w.Line($"/// <summary>Searches {route.Description}: <c>GET {{base}}/{route.DisplayPath}</c>.</summary>");
            foreach (var parameter in route.UidParameters)
            {
                w.Line($"/// <param name=\"{parameter}\">The {(parameter.StartsWith("study") ? "study" : "series")} instance UID in the path.</param>");
            }
            if (route.UidParameters.Length > 0)
            {
                w.Line("/// <exception cref=\"global::System.ArgumentException\">A UID is empty or not a UID.</exception>");
            }
            w.Line("/// <returns>A new query; set matches, fields and paging, then build it.</returns>");
            var parameters = string.Join(", ", System.Linq.Enumerable.Select(route.UidParameters, p => "string " + p));
            var arguments = string.Join(", ", route.UidParameters);
            w.Line($"public static {route.Builder} {route.Factory}({parameters}) => new({arguments});");
            w.Line();
        }
        w.Close();
        return w.ToString();
    }
}

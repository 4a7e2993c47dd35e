using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Emits an enum for each CS attribute whose defined terms the profile lists, and the text of each term.</summary>
internal static class TermsEnumEmitter
{
    public static bool HasTerms(ProfileModel profile)
    {
        foreach (var a in profile.Attributes)
        {
            if (a.Terms.Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    public static string Emit(ProfileModel profile)
    {
        var w = ProfileSource.Start(profile);
        foreach (var a in profile.Attributes)
        {
            if (a.Terms.Count == 0)
            {
                continue;
            }
            w.Line($"/// <summary>The defined terms of {EmitNames.Describe(a)} that {SourceWriter.Xml(profile.Title)} lists.</summary>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open($"public enum {EmitNames.TermsEnum(a)}");
            foreach (var term in a.Terms)
            {
                w.Line($"/// <summary><c>{SourceWriter.Xml(term)}</c></summary>");
                w.Line(EmitNames.TermMember(term) + ",");
            }
            w.Close();
            w.Line();
        }
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("internal static class TermText");
        foreach (var a in profile.Attributes)
        {
            if (a.Terms.Count == 0)
            {
                continue;
            }
            var type = EmitNames.TermsEnum(a);
            w.Open($"public static string {a.Keyword}({type} term) => term switch");
            foreach (var term in a.Terms)
            {
                w.Line($"{type}.{EmitNames.TermMember(term)} => {SourceWriter.Literal(term)},");
            }
            w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(term), term, \"Not a defined term of {a.Keyword}.\"),");
            w.Close(";");
        }
        w.Close();
        return w.ToString();
    }
}

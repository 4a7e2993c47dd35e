using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Emits the match methods of one searchable attribute, one per matching kind the profile allows for it.</summary>
internal static class QueryMethodEmitter
{
    private const string Values = "global::DicomTyped.Query.QidoValues.";

    public static void Emit(SourceWriter w, string builder, ProfileAttributeModel a, bool serverDecodes = true)
    {
        var member = EmitNames.BuilderMember(a);
        var key = SourceWriter.Literal(EmitNames.QueryKey(a));
        var keyword = SourceWriter.Literal(a.Keyword);
        var what = EmitNames.Describe(a);
        var wildcard = (a.Matching & MatchKinds.Wildcard) != 0;
        var tag = "0x" + a.Tag.ToString("X8") + "u";
        var wildcards = wildcard ? "true" : "false";
        // Where the server does not percent-decode, the docs say what happens to text that needs encoding.
        var undecoded = serverDecodes ? null : wildcard
            ? "This server does not percent-decode: a value with a space, a comma, <c>&amp; = + # %</c> or non-ASCII is sent with <c>*</c> in their place and the answer filtered on the client."
            : "This server does not percent-decode and has no wild card matching here: a value with a space, a comma, <c>&amp; = + # %</c> or non-ASCII is refused (<see cref=\"global::System.ArgumentException\"/>).";
        // Free text goes through SetTextMatch, which knows what to do for a server that does not percent-decode.
        string Text(string kind, string value) => $"SetTextMatch({key}, {tag}, global::DicomTyped.Query.QidoTextMatch.{kind}, {value}, serverWildcards: {wildcards});";

        if ((a.Matching & MatchKinds.Exact) != 0 && VrTypes.QueryValue(a.Vr, a.Keyword, wildcard) is { } exact)
        {
            var example = VrTypes.Example(a.Vr);
            var isText = exact.Format.StartsWith(Values + "Text(", System.StringComparison.Ordinal);
            var note = isText && undecoded is not null ? " " + undecoded : "";
            Doc(w, $"Matches {what}: single value{(example.Length > 0 ? ", e.g. " + example : "")}.{note}", exact.Type == "string" ? "value" : null,
                ("value", "The value to match" + (wildcard ? "; <c>*</c> and <c>?</c> are not allowed here (use the Wildcard method)" : "") + "."));
            Method(w, builder, member, exact.Type + " value", isText ? Text("Exact", exact.Format) : $"SetMatch({key}, {exact.Format});");
            if (a.Terms.Count > 0)
            {
                var terms = EmitNames.TermsEnum(a);
                Doc(w, $"Matches {what}: one of the defined terms the profile lists.", null, ("value", "The defined term."));
                Method(w, builder, member, terms + " value", $"SetMatch({key}, TermText.{a.Keyword}(value));");
            }
        }
        if ((a.Matching & MatchKinds.Fuzzy) != 0)
        {
            var fuzzyNote = serverDecodes ? "" : " This server does not percent-decode: a value with a space, a comma, <c>&amp; = + # %</c> or non-ASCII is refused (<see cref=\"global::System.ArgumentException\"/>).";
            Doc(w, $"Matches {what}: fuzzy matching, sending <c>fuzzymatching=true</c>, which the server applies to every person-name match of the query.{fuzzyNote}", "value",
                ("value", "Name parts to match the way the server's fuzzy matching does (e.g. word prefixes)."));
            Method(w, builder, member + "Fuzzy", "string value", Text("Fuzzy", $"{Values}Text(value, {keyword})"), "EnableFuzzyMatching();");
        }
        if (wildcard)
        {
            Doc(w, $"Matches {what}: a wildcard pattern, <c>*</c> any run of characters, <c>?</c> one character.{(undecoded is null ? "" : " " + undecoded)}", "pattern", ("pattern", "The pattern, e.g. <c>DOE*</c>."));
            Method(w, builder, member + "Wildcard", "string pattern", Text("Wildcard", $"{Values}Wildcard(pattern, {keyword})"));
        }
        if ((a.Matching & MatchKinds.Range) != 0 && VrTypes.RangeValue(a.Vr) is { } range)
        {
            Doc(w, $"Matches {what}: a range, both ends included (<c>from-to</c>).", null, ("from", "The first value matched."), ("to", "The last value matched."));
            Method(w, builder, member + "Between", $"{range.Type} from, {range.Type} to", $"SetMatch({key}, {range.Formatter}(from, to, {keyword}));");
            Doc(w, $"Matches {what}: from a value on, inclusive (<c>from-</c>).", null, ("from", "The first value matched."));
            Method(w, builder, member + "From", $"{range.Type} from", $"SetMatch({key}, {range.Formatter}(from, null, {keyword}));");
            Doc(w, $"Matches {what}: up to a value, inclusive (<c>-to</c>).", null, ("to", "The last value matched."));
            Method(w, builder, member + "Until", $"{range.Type} to", $"SetMatch({key}, {range.Formatter}(null, to, {keyword}));");
        }
        if ((a.Matching & MatchKinds.UidList) != 0 && a.Vr == "UI")
        {
            Doc(w, $"Matches {what}: any UID of a list (any of them, sent comma-separated).", "uids", ("uids", "The UIDs; at least one."));
            Method(w, builder, member + "In", "params string[] uids", $"SetMatch({key}, {Values}UidList(uids, {keyword}));");
            Doc(w, $"Matches {what}: any UID of a list (any of them, sent comma-separated).", "uids", ("uids", "The UIDs; at least one."));
            Method(w, builder, member + "In", "global::System.Collections.Generic.IEnumerable<string> uids", $"SetMatch({key}, {Values}UidList(uids, {keyword}));");
        }
    }

    private static void Doc(SourceWriter w, string summary, string? checkedParameter, params (string Name, string Text)[] parameters)
    {
        w.Line($"/// <summary>{summary}</summary>");
        foreach (var (name, text) in parameters)
        {
            w.Line($"/// <param name=\"{name}\">{text}</param>");
        }
        w.Line("/// <returns>This query.</returns>");
        if (checkedParameter is not null)
        {
            w.Line($"/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"{checkedParameter}\"/> is empty or not valid for the VR.</exception>");
        }
    }

    private static void Method(SourceWriter w, string builder, string name, string parameters, params string[] body)
    {
        w.Open($"public {builder} {name}({parameters})");
        foreach (var line in body)
        {
            w.Line(line);
        }
        w.Line("return this;");
        w.Close();
        w.Line();
    }
}

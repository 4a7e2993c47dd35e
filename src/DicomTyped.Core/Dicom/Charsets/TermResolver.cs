using System.Collections.Generic;

namespace DicomTyped.Dicom.Charsets;

/// <summary>Turns the (0008,0005) values into defined terms, repairing what it can and saying what it repaired.</summary>
internal static class TermResolver
{
    /// <returns>At least one term; the first gives the initial state.</returns>
    public static List<DefinedTerm> Resolve(IReadOnlyList<string> terms, List<string> warnings)
    {
        var resolved = new List<DefinedTerm>();
        for (var i = 0; i < terms.Count; i++)
        {
            var raw = terms[i] ?? "";
            // CS values are padded with spaces; some writers pad with NUL.
            var text = raw.Trim(' ', '\0');
            if (text.Length == 0)
            {
                if (i == 0)
                {
                    resolved.Add(DefinedTerm.DefaultRepertoire);
                }
                else
                {
                    warnings.Add($"Specific Character Set value {i + 1} is empty and was ignored.");
                }
                continue;
            }
            var term = DefinedTerm.FindExact(text);
            if (term is null)
            {
                term = DefinedTerm.FindLoose(text);
                if (term is null)
                {
                    warnings.Add($"'{raw}' (value {i + 1}) is not a defined term of Specific Character Set; it was ignored"
                        + (i == 0 ? " and the default repertoire (ISO_IR 6) is used in its place." : "."));
                    if (i == 0)
                    {
                        resolved.Add(DefinedTerm.DefaultRepertoire);
                    }
                    continue;
                }
                warnings.Add($"'{raw}' (value {i + 1}) is not a defined term of Specific Character Set; it was read as '{term.Name}'.");
            }
            resolved.Add(term);
        }
        return resolved.Count <= 1 ? resolved : CheckCombination(terms, resolved, warnings);
    }

    // PS3.3 C.12.1.1.2: with more than one value, every value must be an "ISO 2022" term, and the stand-alone
    // sets (ISO_IR 192, GB18030, GBK) cannot take part at all.
    private static List<DefinedTerm> CheckCombination(IReadOnlyList<string> terms, List<DefinedTerm> resolved, List<string> warnings)
    {
        var first = resolved[0];
        if (first.Kind == TermKind.StandAlone)
        {
            warnings.Add($"'{first.Name}' does not allow code extensions; the other values of Specific Character Set were ignored.");
            return [first];
        }
        var combined = new List<DefinedTerm>();
        for (var i = 0; i < resolved.Count; i++)
        {
            var term = resolved[i];
            if (term.Kind == TermKind.StandAlone)
            {
                warnings.Add($"'{term.Name}' cannot be used as a code extension; it was ignored.");
                continue;
            }
            // An empty value 1 is the defined way to say "ISO 2022 IR 6"; an explicit "ISO_IR 6" is not.
            var emptyFirst = i == 0 && string.IsNullOrWhiteSpace(terms[0]?.Trim('\0'));
            if (term.Kind == TermKind.SingleByte && term.Iso2022Form is { } extended)
            {
                if (!emptyFirst)
                {
                    warnings.Add($"'{term.Name}' cannot be combined with code extensions; it was read as '{extended.Name}'.");
                }
                term = extended;
            }
            if (!combined.Contains(term))
            {
                combined.Add(term);
            }
        }
        return combined;
    }
}

using System.Collections.Generic;
using System.Threading;
using DicomTyped.Generator.Diagnostics;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Parsing;

/// <summary>
/// Resolves a parsed profile against the data dictionary and its own declarations: finds each keyword's tag and VR,
/// and checks that each matching kind fits the VR. Produces the <see cref="ProfileModel"/> the emitters work from.
/// </summary>
internal static class ProfileResolver
{
    public static ResolvedProfile Resolve(ProfileDocument document, DataDictionaryModel dictionary, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(document.Diagnostics);
        var settings = document.Settings;
        if (!dictionary.IsPresent)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.MissingDictionary.Id, document.FileStart,
                new[] { settings.Name.Length > 0 ? settings.Name : document.FilePath }.ToEquatableArray()));
            return new ResolvedProfile(null, diagnostics.ToEquatableArray());
        }

        var byKeyword = IndexByKeyword(dictionary);
        var declared = new Dictionary<string, DeclaredAttribute>();
        foreach (var declaration in document.Declarations)
        {
            declared[declaration.Keyword] = declaration;
        }

        var attributes = new List<ProfileAttributeModel>(document.Attributes.Count);
        foreach (var line in document.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!TryResolve(line, byKeyword, declared, diagnostics, out var attribute))
            {
                continue;
            }
            attributes.Add(attribute);
        }

        if (settings.Name.Length == 0)
        {
            return new ResolvedProfile(null, diagnostics.ToEquatableArray());
        }
        var ns = settings.Namespace ?? options.RootNamespace + ".DicomProfiles." + settings.Name;
        var profile = new ProfileModel(document.FilePath, settings.Name, settings.Title, ns, settings.Limit,
            settings.SupportsOffset, settings.SupportsIncludeAll, attributes.ToEquatableArray(), settings.DecodesQueryValues);
        return new ResolvedProfile(profile, diagnostics.ToEquatableArray());
    }

    private static bool TryResolve(
        AttributeLine line,
        Dictionary<string, DictionaryEntryModel> byKeyword,
        Dictionary<string, DeclaredAttribute> declared,
        List<DiagnosticInfo> diagnostics,
        out ProfileAttributeModel attribute)
    {
        attribute = null!;
        uint tag;
        string vr, vm, name;
        bool retired, isDeclared;
        if (declared.TryGetValue(line.Keyword, out var declaration))
        {
            (tag, vr, vm, name, retired, isDeclared) = (declaration.Tag, declaration.Vr, declaration.Vm, declaration.Keyword, false, true);
        }
        else if (byKeyword.TryGetValue(line.Keyword, out var entry))
        {
            (tag, vr, vm, name, retired, isDeclared) = (entry.Tag, entry.PrimaryVr, entry.Vm, entry.Name, entry.Retired, false);
        }
        else
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.UnknownKeyword.Id, line.KeywordLocation, new[] { line.Keyword }.ToEquatableArray()));
            return false;
        }

        foreach (var kind in new[] { MatchKinds.Exact, MatchKinds.Range, MatchKinds.Fuzzy, MatchKinds.Wildcard, MatchKinds.UidList })
        {
            if ((line.Matching & kind) != 0 && !VrRules.Allows(vr, kind))
            {
                diagnostics.Add(VrMismatch(line, vr, ProfileVocabulary.MatchWord(kind)));
                return false;
            }
        }
        if (line.Terms.Count > 0 && vr != "CS")
        {
            diagnostics.Add(VrMismatch(line, vr, "defined-terms"));
            return false;
        }

        attribute = new ProfileAttributeModel(tag, line.Keyword, name, vr, vm, retired, line.Level, line.SearchableOn,
            line.Matching, line.Returned, line.Terms, isDeclared);
        return true;
    }

    private static DiagnosticInfo VrMismatch(AttributeLine line, string vr, string kind) =>
        new(DiagnosticDescriptors.VrMismatch.Id, line.MatchingLocation, new[] { line.Keyword, vr, kind }.ToEquatableArray());

    private static Dictionary<string, DictionaryEntryModel> IndexByKeyword(DataDictionaryModel dictionary)
    {
        var map = new Dictionary<string, DictionaryEntryModel>(dictionary.Entries.Count);
        foreach (var entry in dictionary.Entries)
        {
            map[entry.Keyword] = entry;
        }
        return map;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using DicomTyped.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DicomTyped.Analyzers;

/// <summary>
/// The attribute keywords of the PS3.6 data dictionary, and tags to keywords: read from <c>dicom-dictionary.tsv</c> among
/// the AdditionalFiles with the generator's own parser, else from the field names of <c>DicomTyped.Dicom.DicomTags</c>
/// (which carry no tags, so a tag key is then not checked).
/// </summary>
internal sealed class Keywords
{
    private const string DictionaryFileName = "dicom-dictionary.tsv";

    // One parse per dictionary text, however many compilations (IDE keystrokes) see it.
    private static readonly ConditionalWeakTable<SourceText, Keywords> s_parsed = new();

    private readonly HashSet<string> _keywords;
    private readonly Dictionary<uint, string> _byTag;

    private Keywords(HashSet<string> keywords, Dictionary<uint, string> byTag)
    {
        _keywords = keywords;
        _byTag = byTag;
    }

    public IEnumerable<string> All => _keywords;

    public bool Contains(string keyword) => _keywords.Contains(keyword);

    public string? KeywordOf(uint tag) => _byTag.TryGetValue(tag, out var keyword) ? keyword : null;

    public static Keywords Load(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(Path.GetFileName(file.Path), DictionaryFileName, StringComparison.OrdinalIgnoreCase)
                && file.GetText(cancellationToken) is { } text)
            {
                return s_parsed.GetValue(text, t => FromDictionary(file.Path, t, cancellationToken));
            }
        }
        return FromDicomTags(compilation);
    }

    private static Keywords FromDictionary(string path, SourceText text, CancellationToken cancellationToken)
    {
        var model = DictionaryParser.Parse(path, text, cancellationToken);
        var keywords = new HashSet<string>(StringComparer.Ordinal);
        var byTag = new Dictionary<uint, string>();
        foreach (var entry in model.Entries)
        {
            keywords.Add(entry.Keyword);
            if (!entry.IsRepeatingGroup)
            {
                byTag[entry.Tag] = entry.Keyword;
            }
        }
        return new Keywords(keywords, byTag);
    }

    private static Keywords FromDicomTags(Compilation compilation)
    {
        var keywords = new HashSet<string>(StringComparer.Ordinal);
        if (compilation.GetTypeByMetadataName("DicomTyped.Dicom.DicomTags") is { } tags)
        {
            foreach (var member in tags.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public } field)
                {
                    keywords.Add(field.Name);
                }
            }
        }
        return new Keywords(keywords, new Dictionary<uint, string>());
    }
}

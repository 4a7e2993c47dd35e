using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using DicomTyped.Generator.Diagnostics;
using DicomTyped.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace DicomTyped.Generator.Parsing;

/// <summary>
/// Parses a <c>.profile</c> file (format: spec/README.md) into a <see cref="ProfileDocument"/>. Needs only the file's
/// text, so an edit elsewhere never re-runs it. Every fault becomes a located diagnostic; the faulty line is left out
/// and the rest of the file still counts.
/// </summary>
internal sealed class ProfileParser
{
    private readonly string _filePath;
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<DeclaredAttribute> _declarations = new();
    private readonly List<AttributeLine> _attributes = new();
    private readonly Dictionary<string, int> _firstLineOfKeyword = new();
    private string _name = "";
    private string? _title;
    private string? _namespace;
    private LimitBounds? _limit = new(1, 200, 100);
    private bool _offset = true;
    private bool _includeAll = true;
    private bool _decodes = true;

    private ProfileParser(string filePath, SourceText text)
    {
        _filePath = filePath;
        _text = text;
    }

    public static ProfileDocument Parse(string filePath, SourceText text, CancellationToken cancellationToken)
    {
        var parser = new ProfileParser(filePath, text);
        parser.ParseLines(cancellationToken);
        return parser.ToDocument();
    }

    private void ParseLines(CancellationToken cancellationToken)
    {
        string? section = null;
        foreach (var line in _text.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = _text.ToString(line.Span);
            var tokens = SpecToken.Split(raw);
            if (tokens.Count == 0)
            {
                continue;
            }
            var lineNumber = line.LineNumber;
            var first = tokens[0].Text;
            if (first.StartsWith("[", System.StringComparison.Ordinal))
            {
                section = ParseSectionHeader(tokens, lineNumber);
                continue;
            }
            if (section is null)
            {
                ParseSetting(raw, tokens, lineNumber);
            }
            else if (section == "declare")
            {
                ParseDeclaration(tokens, lineNumber);
            }
            else if (ProfileVocabulary.TryParseLevel(section, out var level))
            {
                ParseAttribute(tokens, level, lineNumber);
            }
        }
        if (_name.Length == 0)
        {
            Report(DiagnosticDescriptors.MalformedLine, 0, 0, 0, "The profile has no 'profile <Name>' line");
        }
    }

    private string? ParseSectionHeader(List<SpecToken> tokens, int line)
    {
        var word = tokens[0].Text;
        var name = word.Length > 2 && word.EndsWith("]", System.StringComparison.Ordinal) ? word.Substring(1, word.Length - 2) : "";
        if (tokens.Count != 1 || (name != "declare" && !ProfileVocabulary.TryParseLevel(name, out _)))
        {
            Report(DiagnosticDescriptors.MalformedLine, line, tokens[0].Column, word.Length,
                $"'{word}' is not a section: expected [declare], [study], [series] or [instance]");
            return "skip";
        }
        return name;
    }

    private void ParseSetting(string raw, List<SpecToken> tokens, int line)
    {
        var key = tokens[0];
        var value = tokens.Count > 1 ? tokens[1] : new SpecToken("", raw.Length);
        switch (key.Text)
        {
            case "profile" when tokens.Count == 2 && DictionaryParser.IsIdentifier(value.Text):
                _name = value.Text;
                return;
            case "profile":
                ReportSetting(line, key, value, "'profile' takes one C# identifier, e.g. 'profile AzureDicomV2'");
                return;
            case "title" when tokens.Count >= 2:
                _title = RestOfLine(raw, value.Column);
                return;
            case "namespace" when tokens.Count == 2 && IsNamespace(value.Text):
                _namespace = value.Text;
                return;
            case "namespace":
                ReportSetting(line, key, value, "'namespace' takes a dotted C# namespace, e.g. 'namespace Contoso.Pacs'");
                return;
            case "limit":
                ParseLimit(tokens, line);
                return;
            case "offset" when tokens.Count == 2 && IsYesNo(value.Text):
                _offset = value.Text == "yes";
                return;
            case "includeall" when tokens.Count == 2 && IsYesNo(value.Text):
                _includeAll = value.Text == "yes";
                return;
            case "percentdecoding" when tokens.Count == 2 && IsYesNo(value.Text):
                _decodes = value.Text == "yes";
                return;
            case "offset":
            case "includeall":
            case "percentdecoding":
                ReportSetting(line, key, value, $"'{key.Text}' takes yes or no");
                return;
            default:
                Report(DiagnosticDescriptors.MalformedLine, line, key.Column, key.Text.Length,
                    $"'{key.Text}' is not a setting: expected profile, title, namespace, limit, offset, includeall, percentdecoding, or a [section]");
                return;
        }
    }

    private void ParseLimit(List<SpecToken> tokens, int line)
    {
        if (tokens.Count == 2 && tokens[1].Text == "none")
        {
            _limit = null;
            return;
        }
        // The default is optional: the standard leaves it to the server (0 in the model means "server decides").
        var dflt = 0;
        if ((tokens.Count == 2 || (tokens.Count == 4 && tokens[2].Text == "default" &&
                int.TryParse(tokens[3].Text, NumberStyles.None, CultureInfo.InvariantCulture, out dflt))) &&
            TryParseRange(tokens[1].Text, out var min, out var max) &&
            min >= 1 && min <= max && (dflt == 0 || (dflt >= min && dflt <= max)))
        {
            _limit = new LimitBounds(min, max, dflt);
            return;
        }
        var at = tokens.Count > 1 ? tokens[1] : tokens[0];
        Report(DiagnosticDescriptors.MalformedLine, line, at.Column, at.Text.Length,
            "'limit' takes 'MIN..MAX' or 'MIN..MAX default N' with 1 <= MIN <= N <= MAX, or 'none'");
    }

    private void ParseDeclaration(List<SpecToken> tokens, int line)
    {
        if (tokens.Count != 4)
        {
            Report(DiagnosticDescriptors.MalformedLine, line, tokens[0].Column, tokens[tokens.Count - 1].Column + tokens[tokens.Count - 1].Text.Length - tokens[0].Column,
                $"A [declare] line has 4 columns (tag VR VM keyword), not {tokens.Count}");
            return;
        }
        var tagText = tokens[0].Text;
        if (tagText.Length != 8 || !uint.TryParse(tagText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var tag))
        {
            Report(DiagnosticDescriptors.MalformedLine, line, tokens[0].Column, tagText.Length, $"'{tagText}' is not a tag: expected 8 hex digits");
            return;
        }
        if (!VrRules.IsKnown(tokens[1].Text))
        {
            Report(DiagnosticDescriptors.MalformedLine, line, tokens[1].Column, tokens[1].Text.Length, $"'{tokens[1].Text}' is not a DICOM VR");
            return;
        }
        var keyword = tokens[3];
        if (!DictionaryParser.IsIdentifier(keyword.Text))
        {
            Report(DiagnosticDescriptors.MalformedLine, line, keyword.Column, keyword.Text.Length, $"'{keyword.Text}' is not a valid keyword");
            return;
        }
        _declarations.Add(new DeclaredAttribute(tag, tokens[1].Text, tokens[2].Text, keyword.Text, Locate(line, keyword.Column, keyword.Text.Length)));
    }

    private void ParseAttribute(List<SpecToken> tokens, QueryLevel level, int line)
    {
        if (tokens.Count < 4 || tokens.Count > 5)
        {
            Report(DiagnosticDescriptors.MalformedLine, line, tokens[0].Column, tokens[0].Text.Length,
                $"A level table line has 4 or 5 columns (keyword, searchable on, matching, returned, [terms]), not {tokens.Count}");
            return;
        }
        var keyword = tokens[0];
        if (!DictionaryParser.IsIdentifier(keyword.Text))
        {
            Report(DiagnosticDescriptors.MalformedLine, line, keyword.Column, keyword.Text.Length, $"'{keyword.Text}' is not a valid keyword");
            return;
        }
        if (!TryParseRoutes(tokens[1], level, keyword.Text, line, out var routes) ||
            !TryParseMatching(tokens[2], line, out var matching))
        {
            return;
        }
        if (!ProfileVocabulary.TryParseReturn(tokens[3].Text, out var returned))
        {
            Report(DiagnosticDescriptors.MalformedLine, line, tokens[3].Column, tokens[3].Text.Length,
                $"'{tokens[3].Text}' is not a return kind: expected default, all, computed or -");
            return;
        }
        if ((routes == QidoRoutes.None) != (matching == MatchKinds.None))
        {
            var at = routes == QidoRoutes.None ? tokens[2] : tokens[1];
            Report(DiagnosticDescriptors.MalformedLine, line, at.Column, at.Text.Length,
                "A searchable attribute needs both routes and matching kinds; a returned-only one has '-' in both");
            return;
        }
        if (_firstLineOfKeyword.TryGetValue(keyword.Text, out var firstLine))
        {
            Report(DiagnosticDescriptors.DuplicateAttribute, line, keyword.Column, keyword.Text.Length, keyword.Text, (firstLine + 1).ToString(CultureInfo.InvariantCulture));
            return;
        }
        _firstLineOfKeyword[keyword.Text] = line;
        var terms = tokens.Count == 5 ? tokens[4].Text.Split(',').ToEquatableArray() : EquatableArray<string>.Empty;
        _attributes.Add(new AttributeLine(keyword.Text, level, routes, matching, returned, terms,
            Locate(line, keyword.Column, keyword.Text.Length), Locate(line, tokens[2].Column, tokens[2].Text.Length)));
    }

    private bool TryParseRoutes(SpecToken token, QueryLevel level, string keyword, int line, out QidoRoutes routes)
    {
        routes = QidoRoutes.None;
        if (token.Text == "-")
        {
            return true;
        }
        var column = token.Column;
        var ok = true;
        foreach (var word in token.Text.Split(','))
        {
            if (!ProfileVocabulary.TryParseRoute(word, out var route))
            {
                Report(DiagnosticDescriptors.MalformedLine, line, column, word.Length,
                    $"'{word}' is not a route: expected studies, series, instances, study-series, study-instances or series-instances");
                ok = false;
            }
            else if (!ProfileVocabulary.RouteReaches(route, level))
            {
                Report(DiagnosticDescriptors.RouteLevelMismatch, line, column, word.Length, keyword, ProfileVocabulary.LevelWord(level), word);
                ok = false;
            }
            else
            {
                routes |= route;
            }
            column += word.Length + 1;
        }
        return ok;
    }

    private bool TryParseMatching(SpecToken token, int line, out MatchKinds matching)
    {
        matching = MatchKinds.None;
        if (token.Text == "-")
        {
            return true;
        }
        var column = token.Column;
        foreach (var word in token.Text.Split(','))
        {
            if (!ProfileVocabulary.TryParseMatch(word, out var kind))
            {
                Report(DiagnosticDescriptors.MalformedLine, line, column, word.Length,
                    $"'{word}' is not a matching kind: expected exact, range, fuzzy, wildcard or list");
                return false;
            }
            matching |= kind;
            column += word.Length + 1;
        }
        return true;
    }

    private ProfileDocument ToDocument()
    {
        var settings = new ProfileSettings(_name, _title ?? _name, _namespace, _limit, _offset, _includeAll, _decodes);
        return new ProfileDocument(_filePath, settings, Locate(0, 0, 0), _declarations.ToEquatableArray(),
            _attributes.ToEquatableArray(), _diagnostics.ToEquatableArray());
    }

    private void ReportSetting(int line, SpecToken key, SpecToken value, string message) =>
        Report(DiagnosticDescriptors.MalformedLine, line, value.Text.Length > 0 ? value.Column : key.Column,
            value.Text.Length > 0 ? value.Text.Length : key.Text.Length, message);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int line, int column, int length, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, Locate(line, column, length), args.ToEquatableArray()));

    private LocationInfo Locate(int line, int column, int length) =>
        _text.Lines.Count == 0
            ? new LocationInfo(_filePath, default, default)
            : LocationInfo.At(_filePath, _text, line, column, length);

    private static string RestOfLine(string raw, int column)
    {
        var end = raw.IndexOf('#', column);
        return (end < 0 ? raw.Substring(column) : raw.Substring(column, end - column)).Trim();
    }

    private static bool TryParseRange(string text, out int min, out int max)
    {
        min = max = 0;
        var dots = text.IndexOf("..", System.StringComparison.Ordinal);
        return dots > 0 &&
            int.TryParse(text.Substring(0, dots), NumberStyles.None, CultureInfo.InvariantCulture, out min) &&
            int.TryParse(text.Substring(dots + 2), NumberStyles.None, CultureInfo.InvariantCulture, out max);
    }

    private static bool IsYesNo(string text) => text == "yes" || text == "no";

    private static bool IsNamespace(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (!DictionaryParser.IsIdentifier(part))
            {
                return false;
            }
        }
        return true;
    }
}

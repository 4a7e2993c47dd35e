using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using DicomTyped.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace DicomTyped.Generator.Parsing;

/// <summary>
/// Reads spec/dictionary/dicom-dictionary.tsv: <c>Tag VR VM Keyword Name Retired</c>, tab-separated, <c>#</c> comments.
/// A bad line becomes a located DTY0007 and is left out; the rest of the file still counts.
/// </summary>
internal static class DictionaryParser
{
    private const int ColumnCount = 6;

    public static DataDictionaryModel Parse(string filePath, SourceText text, CancellationToken cancellationToken)
    {
        var entries = new List<DictionaryEntryModel>(5200);
        var diagnostics = new List<DiagnosticInfo>();
        var keywords = new HashSet<string>();
        foreach (var line in text.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = text.ToString(line.Span);
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }
            var columns = content.Split('\t');
            if (columns.Length != ColumnCount)
            {
                diagnostics.Add(Error(filePath, text, line.LineNumber, 0, content.Length,
                    $"Dictionary line has {columns.Length} tab-separated columns; expected {ColumnCount}: Tag, VR, VM, Keyword, Name, Retired"));
                continue;
            }
            if (!TryParseTag(columns[0], out var tag, out var mask))
            {
                diagnostics.Add(Error(filePath, text, line.LineNumber, 0, columns[0].Length,
                    $"'{columns[0]}' is not a tag: expected 8 hex digits, with x for repeating-group digits"));
                continue;
            }
            var keywordColumn = columns[0].Length + columns[1].Length + columns[2].Length + 3;
            if (!IsIdentifier(columns[3]))
            {
                diagnostics.Add(Error(filePath, text, line.LineNumber, keywordColumn, columns[3].Length,
                    $"'{columns[3]}' is not a valid keyword"));
                continue;
            }
            if (!keywords.Add(columns[3]))
            {
                diagnostics.Add(Error(filePath, text, line.LineNumber, keywordColumn, columns[3].Length,
                    $"Keyword '{columns[3]}' is listed twice"));
                continue;
            }
            if (columns[5].Length != 0 && columns[5] != "RET")
            {
                diagnostics.Add(Error(filePath, text, line.LineNumber, content.Length - columns[5].Length, columns[5].Length,
                    $"Retired column must be RET or empty, not '{columns[5]}'"));
                continue;
            }
            entries.Add(new DictionaryEntryModel(tag, mask, columns[1], columns[2], columns[3], columns[4], columns[5] == "RET"));
        }
        // Exact tags before masks that zero-fill to the same value, so the order is fully defined.
        entries.Sort((a, b) => a.Tag != b.Tag ? a.Tag.CompareTo(b.Tag) : b.Mask.CompareTo(a.Mask));
        return new DataDictionaryModel(filePath, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static bool TryParseTag(string text, out uint tag, out uint mask)
    {
        tag = 0;
        mask = 0;
        if (text.Length != 8)
        {
            return false;
        }
        for (var i = 0; i < 8; i++)
        {
            var c = text[i];
            uint nibble;
            uint nibbleMask = 0xF;
            if (c == 'x')
            {
                nibble = 0;
                nibbleMask = 0;
            }
            else if (!uint.TryParse(c.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out nibble))
            {
                return false;
            }
            tag = (tag << 4) | nibble;
            mask = (mask << 4) | nibbleMask;
        }
        return true;
    }

    internal static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    private static DiagnosticInfo Error(string filePath, SourceText text, int line, int column, int length, string message) =>
        new(Diagnostics.DiagnosticDescriptors.MalformedDictionaryLine.Id,
            LocationInfo.At(filePath, text, line, column, length),
            new[] { message }.ToEquatableArray());
}

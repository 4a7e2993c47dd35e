using System.Collections.Generic;

namespace DicomTyped.Generator.Parsing;

/// <summary>A whitespace-separated word of a spec line and the column it starts at.</summary>
internal readonly struct SpecToken
{
    public SpecToken(string text, int column)
    {
        Text = text;
        Column = column;
    }

    public string Text { get; }

    public int Column { get; }

    /// <summary>Splits a line into words, dropping a <c>#</c> comment to the end of the line.</summary>
    public static List<SpecToken> Split(string line)
    {
        var tokens = new List<SpecToken>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '#')
            {
                break;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]) && line[i] != '#')
            {
                i++;
            }
            tokens.Add(new SpecToken(line.Substring(start, i - start), start));
        }
        return tokens;
    }
}

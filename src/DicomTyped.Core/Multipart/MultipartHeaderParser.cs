using System;
using System.Collections.Generic;
using System.Text;

namespace DicomTyped.Multipart;

/// <summary>
/// Part header blocks (RFC 5322 field syntax as RFC 2046 uses it): <c>Name: value</c> lines, names in any case,
/// whitespace around values ignored, lines starting with a space or tab folded into the previous value,
/// CRLF or bare LF line ends. A repeated name joins its values with <c>", "</c> as HTTP does.
/// </summary>
internal static class MultipartHeaderParser
{
    /// <summary>
    /// Finds the empty line ending a header block that starts at a line start. Keeps its progress in
    /// <paramref name="cursor"/> (and <paramref name="atLineStart"/>) so bytes are examined once across refills.
    /// </summary>
    /// <returns>The block length (without the empty line) or -1 when the window ends first.</returns>
    public static int FindBlockEnd(ReadOnlySpan<byte> window, ref int cursor, ref bool atLineStart, out int blockAndEmptyLineLength)
    {
        blockAndEmptyLineLength = 0;
        while (true)
        {
            if (atLineStart)
            {
                if (cursor >= window.Length)
                {
                    return -1;
                }
                if (window[cursor] == (byte)'\n')
                {
                    blockAndEmptyLineLength = cursor + 1;
                    return cursor;
                }
                if (window[cursor] == (byte)'\r')
                {
                    if (cursor + 1 == window.Length)
                    {
                        return -1;
                    }
                    if (window[cursor + 1] == (byte)'\n')
                    {
                        blockAndEmptyLineLength = cursor + 2;
                        return cursor;
                    }
                }
                atLineStart = false;
            }
            var lineFeed = window[cursor..].IndexOf((byte)'\n');
            if (lineFeed < 0)
            {
                cursor = window.Length;
                return -1;
            }
            cursor += lineFeed + 1;
            atLineStart = true;
        }
    }

    /// <summary>
    /// Parses a header block; <paramref name="blockOffset"/> places errors in the body. Linear in the block's length:
    /// each line is visited once, and a repeated name appends to one builder instead of re-copying the joined value.
    /// </summary>
    public static Dictionary<string, string> Parse(ReadOnlySpan<byte> block, long blockOffset, int partNumber)
    {
        var joined = new Dictionary<string, StringBuilder>(StringComparer.OrdinalIgnoreCase);
        // Latin-1 maps each byte to one char, so char positions are byte positions for error offsets.
        var text = Encoding.Latin1.GetString(block);
        string? name = null;
        var value = new StringBuilder();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineFeed = text.IndexOf('\n', lineStart);
            var lineEnd = lineFeed < 0 ? text.Length : lineFeed;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            if (!line.IsEmpty && HttpSyntax.IsWhitespace(line[0]))
            {
                if (name is null)
                {
                    throw new MultipartException($"Part {partNumber}'s header block starts with a continuation line", blockOffset + lineStart);
                }
                value.Append(' ').Append(line.Trim(" \t"));
            }
            else if (!line.IsEmpty)
            {
                Add(joined, name, value);
                var colon = line.IndexOf(':');
                var fieldName = colon < 0 ? default : line[..colon].Trim(" \t");
                if (fieldName.IsEmpty)
                {
                    throw new MultipartException(
                        $"Part {partNumber} has a header line that is not 'Name: value': '{Printable(line)}'", blockOffset + lineStart);
                }
                name = fieldName.ToString();
                value.Clear().Append(line[(colon + 1)..].Trim(" \t"));
            }
            lineStart = lineEnd + 1;
        }
        Add(joined, name, value);
        var headers = new Dictionary<string, string>(joined.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (headerName, headerValue) in joined)
        {
            headers[headerName] = headerValue.ToString();
        }
        return headers;
    }

    private static void Add(Dictionary<string, StringBuilder> headers, string? name, StringBuilder value)
    {
        if (name is null)
        {
            return;
        }
        if (headers.TryGetValue(name, out var earlier))
        {
            earlier.Append(", ").Append(value);
        }
        else
        {
            headers[name] = new StringBuilder().Append(value);
        }
    }

    private static string Printable(ReadOnlySpan<char> line)
    {
        const int MaxShown = 80;
        var shown = line.Length > MaxShown ? line[..MaxShown].ToString() + "..." : line.ToString();
        return shown;
    }
}

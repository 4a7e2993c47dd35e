using System;
using System.Text;

namespace DicomTyped.Multipart;

/// <summary>The few character classes of HTTP header syntax (RFC 9110 5.6) that media types and part headers need.</summary>
internal static class HttpSyntax
{
    public static bool IsTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
        or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    public static bool IsToken(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsWhitespace(char c) => c is ' ' or '\t';

    public static void SkipWhitespace(string text, ref int position)
    {
        while (position < text.Length && IsWhitespace(text[position]))
        {
            position++;
        }
    }

    /// <summary>Whether a header value can be written as is: visible ASCII, spaces and tabs, no line breaks.</summary>
    public static bool IsSafeHeaderValue(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' and not '\t' or > '~')
            {
                return false;
            }
        }
        return true;
    }

    public static void AppendTokenOrQuotedString(StringBuilder builder, string value)
    {
        if (IsToken(value))
        {
            builder.Append(value);
            return;
        }
        builder.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        builder.Append('"');
    }
}

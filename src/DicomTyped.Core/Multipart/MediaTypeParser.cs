using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace DicomTyped.Multipart;

/// <summary>
/// Reads <c>type/subtype *(OWS ";" OWS name "=" (token / quoted-string))</c>. Lenient where peers are
/// known to stray and the meaning stays clear: whitespace around <c>=</c>, empty parameters (<c>;;</c>), and
/// unquoted values holding characters a token may not (such as <c>/</c> or <c>=</c>), which run to the next
/// <c>;</c>, whitespace or (in a list) comma.
/// </summary>
internal static class MediaTypeParser
{
    public static bool TryParse(
        string text,
        ref int position,
        bool stopAtComma,
        [NotNullWhen(true)] out MediaTypeWithParameters? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        HttpSyntax.SkipWhitespace(text, ref position);
        var typeStart = position;
        if (!SkipToken(text, ref position))
        {
            error = $"expected a type at position {position}";
            return false;
        }
        if (position == text.Length || text[position] != '/')
        {
            error = $"expected '/' at position {position}";
            return false;
        }
        position++;
        if (!SkipToken(text, ref position))
        {
            error = $"expected a subtype at position {position}";
            return false;
        }
        var mediaType = text[typeStart..position];
        var parameters = new List<KeyValuePair<string, string>>();
        while (true)
        {
            HttpSyntax.SkipWhitespace(text, ref position);
            if (position == text.Length || (stopAtComma && text[position] == ','))
            {
                break;
            }
            if (text[position] != ';')
            {
                error = $"expected ';' at position {position}";
                return false;
            }
            position++;
            HttpSyntax.SkipWhitespace(text, ref position);
            if (position == text.Length || text[position] == ';' || (stopAtComma && text[position] == ','))
            {
                continue;
            }
            var nameStart = position;
            if (!SkipToken(text, ref position))
            {
                error = $"expected a parameter name at position {position}";
                return false;
            }
            var name = text[nameStart..position];
            HttpSyntax.SkipWhitespace(text, ref position);
            if (position == text.Length || text[position] != '=')
            {
                error = $"expected '=' after parameter '{name}' at position {position}";
                return false;
            }
            position++;
            HttpSyntax.SkipWhitespace(text, ref position);
            string value;
            if (position < text.Length && text[position] == '"')
            {
                if (!TryReadQuotedString(text, ref position, out value, out error))
                {
                    return false;
                }
            }
            else
            {
                var valueStart = position;
                while (position < text.Length && text[position] != ';' && !HttpSyntax.IsWhitespace(text[position]) && !(stopAtComma && text[position] == ','))
                {
                    position++;
                }
                value = text[valueStart..position];
            }
            parameters.Add(new(name, value));
        }
        result = new MediaTypeWithParameters(mediaType, parameters);
        error = null;
        return true;
    }

    private static bool SkipToken(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && HttpSyntax.IsTokenChar(text[position]))
        {
            position++;
        }
        return position > start;
    }

    private static bool TryReadQuotedString(string text, ref int position, out string value, [NotNullWhen(false)] out string? error)
    {
        var openingQuote = position;
        position++;
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                value = builder.ToString();
                error = null;
                return true;
            }
            if (c == '\\')
            {
                if (position == text.Length)
                {
                    break;
                }
                c = text[position++];
            }
            builder.Append(c);
        }
        value = "";
        error = $"the quoted string opened at position {openingQuote} is not closed";
        return false;
    }
}

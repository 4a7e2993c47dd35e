using System;
using System.Text;

namespace DicomTyped.Query;

/// <summary>
/// Percent-encoding (RFC 3986 2.1) of just the characters a caller names, as UTF-8 <c>%XX</c>. QIDO values and the
/// HTTP layer's verbatim query need different sets, and both must leave everything else byte for byte as it was.
/// </summary>
internal static class PercentEncoding
{
    /// <summary>Returns <paramref name="text"/> itself when nothing must be encoded, so the common case allocates nothing.</summary>
    public static string Encode(string text, Func<char, bool> mustEncode)
    {
        var index = 0;
        while (index < text.Length && !mustEncode(text[index]))
        {
            index++;
        }
        if (index == text.Length)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        Span<byte> utf8 = stackalloc byte[4];
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (!mustEncode(c))
            {
                builder.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                ? Encoding.UTF8.GetBytes(text.AsSpan(index++, 2), utf8)
                : Encoding.UTF8.GetBytes(text.AsSpan(index, 1), utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }
        }
        return builder.ToString();
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}

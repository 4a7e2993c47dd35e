using System;
using System.Text;

namespace DicomTyped.Query;

/// <summary>
/// How query values are written into the query string so that Azure, Orthanc and PS3.18 read them the same.
/// Only what would change the query's structure or is not printable ASCII is percent-encoded: <c>%</c>,
/// <c>&amp;</c>, <c>=</c>, <c>+</c>, <c>#</c>, space and control characters, and every non-ASCII character
/// (as its UTF-8 bytes, <c>%XX</c>). Everything else — notably <c>^ * ? , - . :</c> — is sent raw, because
/// Orthanc does not percent-decode QIDO values (<c>PatientName=DOE%5EJOHN</c> matches nothing there) while
/// Azure and the standard accept the raw characters.
/// </summary>
public static class QidoEncoding
{
    /// <summary>Encodes one query value (or key) by the rule above.</summary>
    public static string EncodeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var index = 0;
        while (index < value.Length && !MustEncode(value[index]))
        {
            index++;
        }
        if (index == value.Length)
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 16);
        builder.Append(value, 0, index);
        Span<byte> utf8 = stackalloc byte[4];
        for (; index < value.Length; index++)
        {
            var c = value[index];
            if (!MustEncode(c))
            {
                builder.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
                ? Encoding.UTF8.GetBytes(value.AsSpan(index++, 2), utf8)
                : Encoding.UTF8.GetBytes(value.AsSpan(index, 1), utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }
        }
        return builder.ToString();
    }

    private static bool MustEncode(char c) => c <= ' ' || c >= 0x7F || c is '%' or '&' or '=' or '+' or '#';

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}

using System;
using System.Text;

namespace DicomTyped.Query;

/// <summary>
/// How query values are written into the query string so that Azure, Orthanc and PS3.18 read them the same.
/// A character travels raw when it is printable ASCII that neither changes the query's structure nor is barred from
/// an HTTP request line: everything else is percent-encoded (as its UTF-8 bytes, <c>%XX</c>), namely <c>%</c>,
/// <c>&amp;</c>, <c>=</c>, <c>+</c>, <c>#</c>, space and control characters, <c>" &lt; &gt; \ ` { | }</c>, and every
/// non-ASCII character. Everything else — notably <c>^ * ? , - . :</c> — is sent raw, because Orthanc does not
/// percent-decode QIDO values (<c>PatientName=DOE%5EJOHN</c> matches nothing there) while Azure and the standard
/// accept the raw characters. Braces are encoded too, so a value is never read as a URI template.
/// </summary>
public static class QidoEncoding
{
    /// <summary>Encodes one query value (or key) by the rule above.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string EncodeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PercentEncoding.Encode(value, s_mustEncode);
    }

    /// <summary>True when every character of <paramref name="value"/> is sent as itself (nothing needs percent-encoding).</summary>
    public static bool TravelsRaw(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (MustEncode(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when a server that does not percent-decode cannot be sent <paramref name="value"/> as a single value: it has
    /// a character that must be percent-encoded, or a comma, which such a server (Orthanc) reads as a list separator.
    /// </summary>
    internal static bool NeedsWildcardForm(string value) => !TravelsRaw(value) || value.Contains(',');

    /// <summary>
    /// The value with each run of characters that cannot travel raw (and commas, see <see cref="NeedsWildcardForm"/>)
    /// replaced by one <c>*</c>: the form a server that does not percent-decode still matches (it matches a superset;
    /// the caller filters the answer exactly).
    /// </summary>
    internal static string WithWildcardsForEncoded(string value)
    {
        var builder = new StringBuilder(value.Length);
        var inRun = false;
        foreach (var c in value)
        {
            if (MustEncode(c) || c == ',')
            {
                if (!inRun && (builder.Length == 0 || builder[^1] != '*'))
                {
                    builder.Append('*');
                }
                inRun = true;
                continue;
            }
            if (c == '*' && builder.Length > 0 && builder[^1] == '*')
            {
                continue;
            }
            inRun = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static readonly Func<char, bool> s_mustEncode = MustEncode;

    private static bool MustEncode(char c) =>
        c <= ' ' || c >= 0x7F || c is '%' or '&' or '=' or '+' or '#' or '"' or '<' or '>' or '\\' or '`' or '{' or '|' or '}';
}

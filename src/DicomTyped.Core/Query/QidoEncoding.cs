using System;

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
        return PercentEncoding.Encode(value, s_mustEncode);
    }

    private static readonly Func<char, bool> s_mustEncode = MustEncode;

    private static bool MustEncode(char c) => c <= ' ' || c >= 0x7F || c is '%' or '&' or '=' or '+' or '#';
}

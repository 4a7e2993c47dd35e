using System;
using System.Security.Cryptography;

namespace DicomTyped.Multipart;

/// <summary>Boundary rules: strict (RFC 2046 5.1.1) for what we send, lenient for what we read.</summary>
internal static class MultipartBoundary
{
    /// <summary>RFC 2046's limit, which every boundary we send respects.</summary>
    public const int MaxLength = 70;

    /// <summary>
    /// What the reader accepts. Orthanc sends boundaries of about 72 characters, so holding readers to 70
    /// would refuse a real peer; a bound still keeps the bytes carried between buffer refills small.
    /// </summary>
    public const int MaxLenientLength = 256;

    private const string RandomAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// A fresh boundary of token characters only, so it needs no quotes. 32 random characters (about 190
    /// bits) make its appearance inside a part's bytes practically impossible.
    /// </summary>
    public static string CreateRandom() => "DicomTyped-" + RandomNumberGenerator.GetString(RandomAlphabet, 32);

    /// <summary>RFC 2046 bchars: digits, letters and <c>'()+_,-./:=?</c> plus space, which may not end it.</summary>
    public static bool IsValidToSend(string boundary)
    {
        if (boundary.Length is 0 or > MaxLength || boundary[^1] == ' ')
        {
            return false;
        }
        foreach (var c in boundary)
        {
            var isBChar = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
                or '\'' or '(' or ')' or '+' or '_' or ',' or '-' or '.' or '/' or ':' or '=' or '?' or ' ';
            if (!isBChar)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Anything printable that cannot break the delimiter line, up to <see cref="MaxLenientLength"/>.</summary>
    public static bool IsAcceptableToRead(string boundary)
    {
        if (boundary.Length is 0 or > MaxLenientLength)
        {
            return false;
        }
        foreach (var c in boundary)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }
        return true;
    }
}

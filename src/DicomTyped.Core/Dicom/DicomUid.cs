using System;
using System.Numerics;

namespace DicomTyped.Dicom;

/// <summary>UID rules of PS3.5 9.1 and generation of UUID-derived UIDs (PS3.5 B.2).</summary>
public static class DicomUid
{
    /// <summary>The longest UID PS3.5 9.1 allows.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// True when <paramref name="uid"/> is safe to use as an identifier in a URL path, a header parameter or a query: 1 to
    /// 64 characters of ASCII letters, digits, '-' and single dots, with no empty component (so never '.', '..', a leading
    /// or trailing dot, '/', '\', '%', '?', '#', ';', '&amp;' or a space). This is the Azure DICOM service's UID rule: it
    /// is looser than PS3.5 9.1 (<see cref="IsValid"/>: digits only, no leading zeros), because real archives hold UIDs
    /// that break the standard and the service stores them. The client checks every UID it puts on the wire with it, and
    /// the embedded server every route UID and every stored instance's UIDs, so that what one accepts the other can
    /// retrieve and delete.
    /// </summary>
    public static bool IsWellFormed(ReadOnlySpan<char> uid)
    {
        if (uid.IsEmpty || uid.Length > MaxLength || uid[0] == '.' || uid[^1] == '.')
        {
            return false;
        }
        for (var i = 0; i < uid.Length; i++)
        {
            var c = uid[i];
            if (c == '.' ? uid[i - 1] == '.' : !(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="uid"/> is at most 64 characters of dot-separated components, each made of digits,
    /// none empty and none with a leading zero (except the component "0" itself).
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> uid)
    {
        if (uid.IsEmpty || uid.Length > MaxLength)
        {
            return false;
        }
        var componentStart = 0;
        for (var i = 0; i <= uid.Length; i++)
        {
            if (i == uid.Length || uid[i] == '.')
            {
                var length = i - componentStart;
                if (length == 0 || (length > 1 && uid[componentStart] == '0'))
                {
                    return false;
                }
                componentStart = i + 1;
            }
            else if (!char.IsAsciiDigit(uid[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A new UID <c>2.25.</c> followed by a random UUID as a decimal integer (PS3.5 B.2).</summary>
    public static string Generate() => FromGuid(Guid.NewGuid());

    /// <summary>The <c>2.25.</c> UID of a UUID: its 128 bits read as one unsigned big-endian integer.</summary>
    public static string FromGuid(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        return "2.25." + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

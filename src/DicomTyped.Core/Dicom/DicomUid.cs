using System;
using System.Numerics;

namespace DicomTyped.Dicom;

/// <summary>UID rules of PS3.5 9.1 and generation of UUID-derived UIDs (PS3.5 B.2).</summary>
public static class DicomUid
{
    /// <summary>The longest UID PS3.5 9.1 allows.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// True when <paramref name="uid"/> has the UID shape: 1 to 64 characters of digit components separated by single
    /// dots, none empty. Unlike <see cref="IsValid"/> it lets leading zeros through, which PS3.5 9.1 forbids but archives
    /// hold: such a UID still cannot change a URL path, a header parameter or a query (no '/', '.', '..', '%', ';').
    /// The client uses this form wherever a UID it was given goes on the wire.
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
            if (c == '.' ? uid[i - 1] == '.' : !char.IsAsciiDigit(c))
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

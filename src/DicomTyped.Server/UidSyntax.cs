using System;

namespace DicomTyped.Server;

/// <summary>
/// The identifier rule the server applies to route UIDs and to the UIDs of stored instances: the Azure DICOM service's
/// (1 to 64 characters of letters, digits, '.' and '-'), with no empty component, so '..' and a leading or trailing '.'
/// never pass. PS3.5 9.1 is stricter (digits only, no leading zeros); real archives hold UIDs that break it, and the
/// service stores them, so the server does too.
/// </summary>
internal static class UidSyntax
{
    public const int MaxLength = 64;

    public static bool IsValid(ReadOnlySpan<char> uid)
    {
        if (uid.IsEmpty || uid.Length > MaxLength || uid[0] == '.' || uid[^1] == '.')
        {
            return false;
        }
        for (var i = 0; i < uid.Length; i++)
        {
            var c = uid[i];
            if (c == '.' && uid[i - 1] == '.')
            {
                return false;
            }
            if (!(char.IsAsciiLetterOrDigit(c) || c == '.' || c == '-'))
            {
                return false;
            }
        }
        return true;
    }
}

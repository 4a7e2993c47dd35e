using System;
using System.Globalization;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom.Validation;

/// <summary>A rule broken by one value, with what was wrong.</summary>
internal readonly record struct DicomViolation(DicomValidationRule Rule, string Detail);

/// <summary>
/// The value rules of PS3.5 6.2 (table 6.2-1), checked on the text a caller gives a setter and on the encoded values
/// the writer is asked to write. One place, so the setters and the writer can never disagree.
/// </summary>
internal static class DicomValueRules
{
    /// <summary>
    /// Checks one value as a caller gives it to a setter, before values are joined with backslashes: a backslash in it
    /// would silently make two values of a VR that has several.
    /// </summary>
    public static DicomViolation? CheckGivenValue(DicomVR vr, string value)
    {
        if (IsMultiValued(vr) && value.Contains('\\'))
        {
            return new(DicomValidationRule.Backslash, $"a value holds a backslash, which separates values in {vr} and would make it two values");
        }
        return CheckValue(vr, value);
    }

    /// <summary>Checks an element's encoded value (already split into values), as the writer holds it.</summary>
    public static DicomViolation? CheckElement(DicomElement element, DicomCharacterSet characterSet)
    {
        var vr = element.VR;
        if (!vr.IsString)
        {
            return CheckBinaryLength(vr, element.Length);
        }
        var values = DicomValueDecoder.GetStrings(element, characterSet);
        for (var i = 0; i < values.Length; i++)
        {
            if (CheckValue(vr, values[i]) is { } violation)
            {
                return values.Length == 1 ? violation : violation with { Detail = $"value {i + 1} of {values.Length}: {violation.Detail}" };
            }
        }
        return null;
    }

    /// <summary>Binary VRs hold whole values: US 2 bytes, UL 4, FD 8, and so on; OB and UN hold any bytes.</summary>
    public static DicomViolation? CheckBinaryLength(DicomVR vr, long length)
    {
        var size = vr == DicomVR.AT ? 4 : vr == DicomVR.OW ? 2 : DicomValueDecoder.BinarySize(vr);
        if (size > 1 && length % size != 0)
        {
            return new(DicomValidationRule.BinaryLength, $"{length} bytes, not a multiple of the {size}-byte value size");
        }
        return null;
    }

    /// <summary>Checks one value of a text VR (without separators).</summary>
    public static DicomViolation? CheckValue(DicomVR vr, string value)
    {
        if (!vr.IsString)
        {
            return null;
        }
        // An empty value is always allowed (type 2 attributes and empty values between separators).
        var text = vr == DicomVR.UI ? value.TrimEnd('\0', ' ') : value.TrimEnd(' ');
        if (text.Length == 0)
        {
            return vr == DicomVR.AE && value.Length > 0 ? new(DicomValidationRule.CharacterRepertoire, "an AE value of spaces only") : null;
        }
        if (CheckControlCharacters(vr, text) is { } control)
        {
            return control;
        }
        if (vr == DicomVR.UR && text.Contains('\\'))
        {
            return new(DicomValidationRule.Backslash, "UR does not allow a backslash");
        }
        if (IsDefaultRepertoireOnly(vr) && IndexOfNonAscii(text) is var at and >= 0)
        {
            return new(DicomValidationRule.CharacterRepertoire, $"character {at + 1} is outside the default repertoire, which {vr} is limited to");
        }
        if (vr == DicomVR.PN)
        {
            return CheckPersonName(text);
        }
        if (MaxLength(vr) is var max and > 0 && CountCharacters(text) is var length && length > max)
        {
            return new(DicomValidationRule.MaximumLength, $"{length} {(IsCountedInBytes(vr) ? "bytes" : "characters")}, more than {max}");
        }
        return CheckForm(vr, text);
    }

    // PS3.5 6.1.3: control characters other than ESC are not allowed, except CR, LF and FF in the text VRs.
    private static DicomViolation? CheckControlCharacters(DicomVR vr, string text)
    {
        var multiLine = vr == DicomVR.LT || vr == DicomVR.ST || vr == DicomVR.UT;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == 0x7F)
            {
                if (multiLine && c is '\r' or '\n' or '\f')
                {
                    continue;
                }
                return new(DicomValidationRule.ControlCharacter, $"character {i + 1} is the control character 0x{(int)c:X2}, not allowed in {vr}");
            }
        }
        return null;
    }

    private static DicomViolation? CheckForm(DicomVR vr, string text)
    {
        if (vr == DicomVR.CS)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (!(char.IsAsciiLetterUpper(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is ' ' or '_'))
                {
                    return new(DicomValidationRule.CharacterRepertoire, $"character {i + 1} is not an upper-case letter, digit, space or underscore");
                }
            }
            return null;
        }
        if (vr == DicomVR.AE && text.Contains('\\'))
        {
            return new(DicomValidationRule.Backslash, "AE does not allow a backslash");
        }
        if (vr == DicomVR.UI)
        {
            return DicomUid.IsValid(text) ? null : Syntax("not a UID: digits in dot-separated components, none empty and none with a leading zero (PS3.5 9.1)");
        }
        if (vr == DicomVR.IS)
        {
            return CheckIntegerString(text.Trim(' '));
        }
        if (vr == DicomVR.DS)
        {
            return CheckDecimalString(text.Trim(' '));
        }
        if (vr == DicomVR.DA)
        {
            return text.Length == 8 && DicomDateTimeText.TryParseDate(text, out _) ? null : Syntax("not a date YYYYMMDD");
        }
        if (vr == DicomVR.TM)
        {
            return !text.Contains(':') && DicomDateTimeText.TryParseTime(text, out _) ? null : Syntax("not a time HH[MM[SS[.F{1-6}]]]");
        }
        if (vr == DicomVR.DT)
        {
            return !text.Contains(':') && DicomDateTimeText.TryParseDateTime(text, out _) ? null : Syntax("not a date-time YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&ZZXX]");
        }
        if (vr == DicomVR.AS)
        {
            return text.Length == 4 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && text[3] is 'D' or 'W' or 'M' or 'Y'
                ? null
                : Syntax("not an age nnnD, nnnW, nnnM or nnnY");
        }
        if (vr == DicomVR.UR && text[0] == ' ')
        {
            return Syntax("UR does not allow leading spaces");
        }
        return null;
    }

    private static DicomViolation? CheckIntegerString(string text)
    {
        var digits = text.AsSpan(text.Length > 0 && text[0] is '+' or '-' ? 1 : 0);
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return new(DicomValidationRule.CharacterRepertoire, "not an integer: an optional sign and digits only");
        }
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number is < int.MinValue or > int.MaxValue)
        {
            return new(DicomValidationRule.Range, "outside -2147483648 to 2147483647");
        }
        return null;
    }

    private static DicomViolation? CheckDecimalString(string text)
    {
        if (text.Length == 0 || !IsDecimalForm(text))
        {
            return text.Contains("NaN", StringComparison.OrdinalIgnoreCase) || text.Contains("Inf", StringComparison.OrdinalIgnoreCase) || text.Contains('∞')
                ? new(DicomValidationRule.NotFinite, "NaN and infinity are not decimal strings")
                : new(DicomValidationRule.CharacterRepertoire, "not a decimal number: sign, digits, one point and an exponent only");
        }
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) ? null : new(DicomValidationRule.NotFinite, "the number is beyond the range of a double");
    }

    // [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
    private static bool IsDecimalForm(string text)
    {
        var i = 0;
        if (text[i] is '+' or '-')
        {
            i++;
        }
        var mantissaDigits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; mantissaDigits++; }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; mantissaDigits++; }
        }
        if (mantissaDigits == 0)
        {
            return false;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }
            var exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; exponentDigits++; }
            if (exponentDigits == 0)
            {
                return false;
            }
        }
        return i == text.Length;
    }

    // PS3.5 6.2.1: up to three component groups of up to five components; 64 characters per group.
    private static DicomViolation? CheckPersonName(string text)
    {
        var groups = text.Split('=');
        if (groups.Length > 3)
        {
            return new(DicomValidationRule.PersonNameStructure, $"{groups.Length} component groups, more than 3");
        }
        for (var g = 0; g < groups.Length; g++)
        {
            var components = groups[g].AsSpan().Count('^') + 1;
            if (components > 5)
            {
                return new(DicomValidationRule.PersonNameStructure, $"component group {g + 1} has {components} components, more than 5");
            }
            if (CountCharacters(groups[g]) is var length && length > 64)
            {
                return new(DicomValidationRule.MaximumLength, $"component group {g + 1} has {length} characters, more than 64");
            }
        }
        return null;
    }

    private static DicomViolation Syntax(string detail) => new(DicomValidationRule.Syntax, detail);

    /// <summary>The VRs whose values are separated by backslashes (all text VRs but LT, ST, UT and UR).</summary>
    public static bool IsMultiValued(DicomVR vr) =>
        vr.IsString && vr != DicomVR.LT && vr != DicomVR.ST && vr != DicomVR.UT && vr != DicomVR.UR;

    private static bool IsDefaultRepertoireOnly(DicomVR vr) => vr.IsString && !vr.UsesSpecificCharacterSet;

    // The lengths of PS3.5 table 6.2-1 that the length field does not already bound; bytes for default-repertoire VRs.
    private static int MaxLength(DicomVR vr) =>
        vr == DicomVR.AE || vr == DicomVR.CS || vr == DicomVR.DS || vr == DicomVR.SH ? 16
        : vr == DicomVR.IS ? 12
        : vr == DicomVR.TM ? 14
        : vr == DicomVR.DT ? 26
        : vr == DicomVR.LO || vr == DicomVR.UI ? 64
        : vr == DicomVR.ST ? 1024
        : vr == DicomVR.LT ? 10240
        : 0;

    private static bool IsCountedInBytes(DicomVR vr) => IsDefaultRepertoireOnly(vr);

    private static int IndexOfNonAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7E)
            {
                return i;
            }
        }
        return -1;
    }

    // Characters as a reader counts them: a surrogate pair is one.
    private static int CountCharacters(string text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }
        return count;
    }
}

using System;

namespace DicomTyped.Dicom;

/// <summary>
/// A person name (VR PN, PS3.5 6.2.1): up to three component groups — alphabetic, ideographic and phonetic —
/// separated by <c>=</c> in DICOM text, each with five components separated by <c>^</c>.
/// </summary>
public sealed record PersonName
{
    /// <summary>Creates a person name from its component groups.</summary>
    public PersonName(PersonNameGroup? alphabetic, PersonNameGroup? ideographic = null, PersonNameGroup? phonetic = null)
    {
        Alphabetic = alphabetic;
        Ideographic = ideographic;
        Phonetic = phonetic;
    }

    /// <summary>The alphabetic (single-byte) group.</summary>
    public PersonNameGroup? Alphabetic { get; }

    /// <summary>The ideographic group (e.g. kanji).</summary>
    public PersonNameGroup? Ideographic { get; }

    /// <summary>The phonetic group (e.g. hiragana).</summary>
    public PersonNameGroup? Phonetic { get; }

    /// <summary>Family name of the alphabetic group, the usual display name.</summary>
    public string? FamilyName => Alphabetic?.FamilyName;

    /// <summary>Given name of the alphabetic group.</summary>
    public string? GivenName => Alphabetic?.GivenName;

    /// <summary>Parses the DICOM text form <c>Alphabetic=Ideographic=Phonetic</c>.</summary>
    public static PersonName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        var groups = new PersonNameGroup?[3];
        for (var i = 0; i < 3; i++)
        {
            var cut = i < 2 ? rest.IndexOf('=') : -1;
            var part = cut >= 0 ? rest[..cut] : rest;
            groups[i] = part.IsEmpty ? null : PersonNameGroup.Parse(part.ToString());
            if (cut < 0)
            {
                break;
            }
            rest = rest[(cut + 1)..];
        }
        return new PersonName(groups[0], groups[1], groups[2]);
    }

    /// <summary>The DICOM text form, with trailing empty groups left out.</summary>
    public override string ToString()
    {
        var a = Alphabetic?.ToString() ?? "";
        var i = Ideographic?.ToString() ?? "";
        var p = Phonetic?.ToString() ?? "";
        if (p.Length > 0)
        {
            return $"{a}={i}={p}";
        }
        return i.Length > 0 ? $"{a}={i}" : a;
    }
}

/// <summary>One component group of a person name: family, given, middle, prefix, suffix.</summary>
/// <param name="FamilyName">Family name complex.</param>
/// <param name="GivenName">Given name complex.</param>
/// <param name="MiddleName">Middle name.</param>
/// <param name="NamePrefix">Name prefix.</param>
/// <param name="NameSuffix">Name suffix.</param>
public sealed record PersonNameGroup(string FamilyName, string GivenName = "", string MiddleName = "", string NamePrefix = "", string NameSuffix = "")
{
    /// <summary>Parses <c>Family^Given^Middle^Prefix^Suffix</c>; missing components are empty.</summary>
    public static PersonNameGroup Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('^', 5);
        string At(int index) => index < parts.Length ? parts[index] : "";
        return new PersonNameGroup(At(0), At(1), At(2), At(3), At(4));
    }

    /// <summary>The DICOM text form, with trailing empty components left out.</summary>
    public override string ToString()
    {
        var parts = new[] { FamilyName, GivenName, MiddleName, NamePrefix, NameSuffix };
        var last = parts.Length - 1;
        while (last > 0 && parts[last].Length == 0)
        {
            last--;
        }
        return string.Join('^', parts, 0, last + 1);
    }
}

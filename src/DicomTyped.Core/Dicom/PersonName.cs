using System;

namespace DicomTyped.Dicom;

/// <summary>
/// A person name (VR PN, PS3.5 6.2.1): up to three component groups — alphabetic, ideographic and phonetic —
/// separated by <c>=</c> in DICOM text, each with five components separated by <c>^</c>.
/// </summary>
/// <remarks>
/// A name read from DICOM JSON keeps each group's text and splits it into components only when they are asked for:
/// search results hold thousands of names that are mostly displayed whole. Two names are equal when their DICOM text
/// forms (trailing empty components and groups left out) are equal.
/// </remarks>
public sealed class PersonName : IEquatable<PersonName>
{
    private readonly string? _alphabeticText;
    private readonly string? _ideographicText;
    private readonly string? _phoneticText;
    private PersonNameGroup? _alphabetic;
    private PersonNameGroup? _ideographic;
    private PersonNameGroup? _phonetic;

    /// <summary>Creates a person name from its component groups.</summary>
    public PersonName(PersonNameGroup? alphabetic, PersonNameGroup? ideographic = null, PersonNameGroup? phonetic = null)
    {
        (_alphabetic, _ideographic, _phonetic) = (alphabetic, ideographic, phonetic);
        (_alphabeticText, _ideographicText, _phoneticText) = (alphabetic?.ToString(), ideographic?.ToString(), phonetic?.ToString());
    }

    private PersonName(string? alphabetic, string? ideographic, string? phonetic)
    {
        (_alphabeticText, _ideographicText, _phoneticText) = (alphabetic, ideographic, phonetic);
    }

    /// <summary>The alphabetic (single-byte) group.</summary>
    public PersonNameGroup? Alphabetic => _alphabetic ??= GroupOf(_alphabeticText);

    /// <summary>The ideographic group (e.g. kanji).</summary>
    public PersonNameGroup? Ideographic => _ideographic ??= GroupOf(_ideographicText);

    /// <summary>The phonetic group (e.g. hiragana).</summary>
    public PersonNameGroup? Phonetic => _phonetic ??= GroupOf(_phoneticText);

    /// <summary>True when no group has any text.</summary>
    public bool IsEmpty => _alphabeticText is null && _ideographicText is null && _phoneticText is null;

    /// <summary>Family name of the alphabetic group, the usual display name.</summary>
    public string? FamilyName => Alphabetic?.FamilyName;

    /// <summary>Given name of the alphabetic group.</summary>
    public string? GivenName => Alphabetic?.GivenName;

    /// <summary>Parses the DICOM text form <c>Alphabetic=Ideographic=Phonetic</c>.</summary>
    public static PersonName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        var groups = new string?[3];
        for (var i = 0; i < 3; i++)
        {
            var cut = i < 2 ? rest.IndexOf('=') : -1;
            var part = cut >= 0 ? rest[..cut] : rest;
            groups[i] = part.IsEmpty ? null : part.ToString();
            if (cut < 0)
            {
                break;
            }
            rest = rest[(cut + 1)..];
        }
        return FromGroupTexts(groups[0], groups[1], groups[2]);
    }

    /// <summary>
    /// A name from the text of each group (<c>Family^Given^Middle^Prefix^Suffix</c>), as DICOM JSON carries them;
    /// a group is split into components only when it is asked for.
    /// </summary>
    public static PersonName FromGroupTexts(string? alphabetic, string? ideographic = null, string? phonetic = null) =>
        new(Normalize(alphabetic), Normalize(ideographic), Normalize(phonetic));

    /// <summary>The DICOM text form, with trailing empty groups left out.</summary>
    public override string ToString()
    {
        var (a, i, p) = (_alphabeticText ?? "", _ideographicText ?? "", _phoneticText ?? "");
        if (p.Length > 0)
        {
            return $"{a}={i}={p}";
        }
        return i.Length > 0 ? $"{a}={i}" : a;
    }

    /// <inheritdoc />
    public bool Equals(PersonName? other) =>
        other is not null &&
        string.Equals(_alphabeticText ?? "", other._alphabeticText ?? "", StringComparison.Ordinal) &&
        string.Equals(_ideographicText ?? "", other._ideographicText ?? "", StringComparison.Ordinal) &&
        string.Equals(_phoneticText ?? "", other._phoneticText ?? "", StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonName);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_alphabeticText ?? "", _ideographicText ?? "", _phoneticText ?? "");

    /// <summary>Equality of the DICOM text forms.</summary>
    public static bool operator ==(PersonName? left, PersonName? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of the DICOM text forms.</summary>
    public static bool operator !=(PersonName? left, PersonName? right) => !(left == right);

    private static PersonNameGroup? GroupOf(string? text) => text is null ? null : PersonNameGroup.Parse(text);

    // Trailing empty components carry no meaning ("Doe^John^^" is "Doe^John"); most names have none, and keep their string.
    private static string? Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return text[^1] == '^' ? NullIfEmpty(text.TrimEnd('^')) : text;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
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

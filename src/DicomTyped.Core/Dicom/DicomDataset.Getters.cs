using System;
using System.Collections.Generic;
using System.Numerics;

namespace DicomTyped.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>The element with <paramref name="tag"/>; throws when it is absent.</summary>
    /// <exception cref="KeyNotFoundException">The tag is absent.</exception>
    public DicomElement GetElement(DicomTag tag) =>
        TryGetElement(tag, out var element) ? element : throw new KeyNotFoundException($"The data set has no element {tag}.");

    /// <summary>The whole text value with padding removed (backslashes kept), or null when the tag is absent.</summary>
    public string? GetString(DicomTag tag) => TryGetElement(tag, out var e) ? e.GetString(CharacterSet) : null;

    /// <summary>The text values split at backslashes; empty when the tag is absent or empty.</summary>
    public string[] GetStrings(DicomTag tag) => TryGetElement(tag, out var e) ? e.GetStrings(CharacterSet) : [];

    /// <summary>A UID value with its trailing NUL padding removed, or null when absent.</summary>
    public string? GetUid(DicomTag tag) => GetString(tag);

    /// <summary>The first person name, or null when absent or empty.</summary>
    public PersonName? GetPersonName(DicomTag tag)
    {
        var values = GetStrings(tag);
        return values.Length == 0 ? null : PersonName.Parse(values[0]);
    }

    /// <summary>Every person name of a multi-valued PN.</summary>
    public PersonName[] GetPersonNames(DicomTag tag) => Array.ConvertAll(GetStrings(tag), PersonName.Parse);

    /// <summary>The first DA value, or null when absent or empty.</summary>
    /// <exception cref="FormatException">The text is not a date.</exception>
    public DateOnly? GetDate(DicomTag tag)
    {
        var text = FirstValue(tag);
        if (text is null) return null;
        return DicomDateTimeText.TryParseDate(text, out var date) ? date : throw BadText(tag, text, "a date (YYYYMMDD)");
    }

    /// <summary>The first TM value (partial times such as <c>10</c> or <c>1012</c> allowed), or null when absent or empty.</summary>
    /// <exception cref="FormatException">The text is not a time.</exception>
    public TimeOnly? GetTime(DicomTag tag)
    {
        var text = FirstValue(tag);
        if (text is null) return null;
        return DicomDateTimeText.TryParseTime(text, out var time) ? time : throw BadText(tag, text, "a time (HHMMSS.FFFFFF)");
    }

    /// <summary>The first DT value with its UTC offset (zero when the text has none), or null when absent or empty.</summary>
    /// <exception cref="FormatException">The text is not a date-time.</exception>
    public DateTimeOffset? GetDateTime(DicomTag tag)
    {
        var text = FirstValue(tag);
        if (text is null) return null;
        return DicomDateTimeText.TryParseDateTime(text, out var value) ? value : throw BadText(tag, text, "a date-time (YYYYMMDDHHMMSS.FFFFFF&ZZXX)");
    }

    /// <summary>Value <paramref name="index"/> as a number (IS, DS, SS, US, SL, UL, SV, UV, FL, FD, OF, OD, OL, OV, OW, OB).</summary>
    /// <exception cref="KeyNotFoundException">The tag is absent.</exception>
    public T GetValue<T>(DicomTag tag, int index = 0) where T : INumber<T> => GetElement(tag).GetValue<T>(index);

    /// <summary>Value <paramref name="index"/> as a number, or false when the tag or the value is absent or not a number.</summary>
    public bool TryGetValue<T>(DicomTag tag, out T value, int index = 0) where T : INumber<T>
    {
        value = T.Zero;
        if (!TryGetElement(tag, out var element) || element is DicomSequence || element is DicomFragments || index >= element.Count)
        {
            return false;
        }
        try
        {
            value = element.GetValue<T>(index);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Every value as a number; empty when the tag is absent.</summary>
    public T[] GetValues<T>(DicomTag tag) where T : INumber<T> => TryGetElement(tag, out var e) ? e.GetValues<T>() : [];

    /// <summary>The tags held by an AT element; empty when absent.</summary>
    public DicomTag[] GetTags(DicomTag tag) => TryGetElement(tag, out var e) ? DicomValueDecoder.GetTags(e) : [];

    /// <summary>The raw encoded bytes (in the element's byte order), or empty when absent.</summary>
    public ReadOnlyMemory<byte> GetBytes(DicomTag tag) => TryGetElement(tag, out var e) ? e.Value : ReadOnlyMemory<byte>.Empty;

    /// <summary>The sequence with <paramref name="tag"/>, or null when absent or not a sequence.</summary>
    public DicomSequence? GetSequence(DicomTag tag) => TryGetElement(tag, out var e) ? e as DicomSequence : null;

    private string? FirstValue(DicomTag tag)
    {
        var values = GetStrings(tag);
        return values.Length == 0 || values[0].Length == 0 ? null : values[0];
    }

    private static FormatException BadText(DicomTag tag, string text, string expected) =>
        new($"{tag} value '{text}' is not {expected}.");
}

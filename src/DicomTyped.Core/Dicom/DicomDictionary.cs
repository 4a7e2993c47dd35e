using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace DicomTyped.Dicom;

/// <summary>
/// Lookups over the PS3.6 data dictionary generated from <c>spec/dictionary/dicom-dictionary.tsv</c>:
/// tag to entry (VR, VM, keyword), and keyword or <c>ggggeeee</c> hex to tag.
/// </summary>
public static class DicomDictionary
{
    // Entries are generated sorted by tag; repeating-group masks are kept apart because they need a masked compare.
    private static readonly DicomDictionaryEntry[] s_exact = Split(DicomDictionaryData.Entries, repeating: false);
    private static readonly DicomDictionaryEntry[] s_repeating = Split(DicomDictionaryData.Entries, repeating: true);
    private static readonly uint[] s_exactTags = Array.ConvertAll(s_exact, e => e.Tag.Value);
    private static FrozenDictionary<string, DicomDictionaryEntry>? s_byKeyword;

    /// <summary>Every entry, sorted by tag.</summary>
    public static ReadOnlySpan<DicomDictionaryEntry> Entries => DicomDictionaryData.Entries;

    /// <summary>Finds the entry of a public tag, including repeating groups (<c>6002,3000</c> is Overlay Data).</summary>
    public static bool TryGetEntry(DicomTag tag, out DicomDictionaryEntry entry)
    {
        var index = Array.BinarySearch(s_exactTags, tag.Value);
        if (index >= 0)
        {
            entry = s_exact[index];
            return true;
        }
        foreach (var candidate in s_repeating)
        {
            if ((tag.Value & candidate.Mask) == candidate.Tag.Value)
            {
                entry = candidate;
                return true;
            }
        }
        entry = null!;
        return false;
    }

    /// <summary>The entry of a tag, or null when the dictionary does not know it (private or unknown tags).</summary>
    public static DicomDictionaryEntry? Find(DicomTag tag) => TryGetEntry(tag, out var entry) ? entry : null;

    /// <summary>Finds an entry by its exact keyword (case-sensitive, as PS3.6 spells it).</summary>
    public static bool TryGetEntry(string keyword, out DicomDictionaryEntry entry)
    {
        var byKeyword = s_byKeyword ??= BuildKeywordIndex();
        return byKeyword.TryGetValue(keyword, out entry!);
    }

    /// <summary>
    /// Resolves a QIDO-RS attribute id (PS3.18 8.3.4): a keyword such as <c>PatientName</c> or 8 hex digits such as <c>00100010</c>.
    /// </summary>
    public static bool TryGetTag(string keywordOrHex, out DicomTag tag)
    {
        if (keywordOrHex.Length == 8 && DicomTag.TryParse(keywordOrHex, out tag))
        {
            return true;
        }
        if (TryGetEntry(keywordOrHex, out var entry))
        {
            tag = entry.Tag;
            return true;
        }
        tag = default;
        return false;
    }

    private static DicomDictionaryEntry[] Split(DicomDictionaryEntry[] all, bool repeating)
    {
        var list = new List<DicomDictionaryEntry>(repeating ? 64 : all.Length);
        foreach (var entry in all)
        {
            if (entry.IsRepeatingGroup == repeating)
            {
                list.Add(entry);
            }
        }
        return list.ToArray();
    }

    private static FrozenDictionary<string, DicomDictionaryEntry> BuildKeywordIndex()
    {
        var map = new Dictionary<string, DicomDictionaryEntry>(DicomDictionaryData.Entries.Length, StringComparer.Ordinal);
        foreach (var entry in DicomDictionaryData.Entries)
        {
            map.TryAdd(entry.Keyword, entry);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

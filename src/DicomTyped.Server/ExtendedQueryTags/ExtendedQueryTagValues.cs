using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Server.Search;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>One indexed value of an extended query tag: exactly one of text, number or date is set.</summary>
/// <param name="Text">Normalized as the profile's attributes are (see <see cref="MatchValues"/>).</param>
/// <param name="Number">IS, DS, FD, FL, SL, SS, UL, US.</param>
/// <param name="Date">DA, DT, TM as written (trimmed): ordered, so ranges compare as text.</param>
/// <param name="Words">For PN, the words of the name (fuzzy word-prefix matching).</param>
internal sealed record ExtendedValue(string? Text, double? Number, string? Date, IReadOnlyList<string> Words);

/// <summary>
/// Reads the values of an extended query tag from an instance, under the VR it was added with: numbers as numbers, dates
/// and times as written, other strings normalized like the profile's searchable attributes. A value that does not fit
/// its VR is an error (listed by <c>GET …/extendedquerytags/{tag}/errors</c>) and nothing of that attribute is indexed.
/// </summary>
internal static class ExtendedQueryTagValues
{
    /// <summary>The VRs Azure accepts for extended query tags.</summary>
    public static readonly IReadOnlySet<string> SupportedVRs = new HashSet<string>(StringComparer.Ordinal)
    {
        "AE", "AS", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "PN", "SH", "SL", "SS", "TM", "UI", "UL", "US",
    };

    public static bool IsNumber(string vr) => vr is "IS" or "DS" or "FD" or "FL" or "SL" or "SS" or "UL" or "US";

    public static bool IsDate(string vr) => vr is "DA" or "DT" or "TM";

    /// <summary>The values to index, or the reason none can be (the attribute absent or empty gives none and no error).</summary>
    public static (IReadOnlyList<ExtendedValue> Values, string? Error) Read(DicomDataset dataset, IReadOnlyCollection<uint> invalidTags, ExtendedQueryTag tag)
    {
        var dicomTag = new DicomTag(tag.Tag);
        if (!dataset.TryGetElement(dicomTag, out var element))
        {
            return ([], null);
        }
        if (tag.PrivateCreator is { } creator && !string.Equals(dataset.GetPrivateCreator(dicomTag)?.Trim(' ', '\0'), creator, StringComparison.Ordinal))
        {
            // Another creator's element at the same number is a different attribute.
            return ([], null);
        }
        var name = tag.Path;
        if (invalidTags.Contains(tag.Tag))
        {
            return ([], $"{name} failed validation when the instance was stored.");
        }
        var actual = element.VR.ToString();
        if (actual != "UN" && actual != tag.VR)
        {
            return ([], $"{name} has VR {actual} in the instance; the extended query tag was added with VR {tag.VR}.");
        }
        try
        {
            return IsNumber(tag.VR) ? Numbers(dataset, element, tag, name) : Strings(dataset, dicomTag, tag, name);
        }
        catch (DicomTypedException e)
        {
            return ([], $"{name} cannot be decoded as {tag.VR}: {e.Message}");
        }
    }

    private static (IReadOnlyList<ExtendedValue>, string?) Numbers(DicomDataset dataset, DicomElement element, ExtendedQueryTag tag, string name)
    {
        var values = new List<ExtendedValue>();
        if (tag.VR is "IS" or "DS")
        {
            foreach (var raw in dataset.GetStrings(element.Tag))
            {
                var text = raw.Trim(' ', '\0');
                if (text.Length == 0)
                {
                    continue;
                }
                if (!TryParseNumber(text, out var number))
                {
                    return ([], $"{name} value '{Shorten(text)}' is not a number ({tag.VR}).");
                }
                values.Add(new ExtendedValue(null, number, null, []));
            }
            return (values, null);
        }
        // Binary numbers: an element read as UN (implicit VR private data) is decoded under the tag's VR.
        var typed = element.VR.ToString() == tag.VR ? element : new DicomElement(element.Tag, DicomVR.Parse(tag.VR), element.Value, element.IsBigEndian);
        foreach (var number in typed.GetValues<double>())
        {
            values.Add(new ExtendedValue(null, number, null, []));
        }
        return (values, null);
    }

    private static (IReadOnlyList<ExtendedValue>, string?) Strings(DicomDataset dataset, DicomTag dicomTag, ExtendedQueryTag tag, string name)
    {
        if (Store.AttributeValidator.Check(dataset, dicomTag, name, tag.VR) is { } problem)
        {
            return ([], problem);
        }
        var values = new List<ExtendedValue>();
        foreach (var raw in dataset.GetStrings(dicomTag))
        {
            if (string.IsNullOrWhiteSpace(raw.Trim('\0')))
            {
                continue;
            }
            values.Add(IsDate(tag.VR)
                ? new ExtendedValue(null, null, raw.Trim(' ', '\0'), [])
                : new ExtendedValue(MatchValues.Normalize(tag.VR, raw), null, null, tag.VR == "PN" ? [.. MatchValues.Words(raw)] : []));
        }
        return (values, null);
    }

    /// <summary>A decimal or integer string as PS3.5 writes it (no thousands separators, no hex).</summary>
    public static bool TryParseNumber(string text, out double number) =>
        double.TryParse(text.Trim(' ', '\0'), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

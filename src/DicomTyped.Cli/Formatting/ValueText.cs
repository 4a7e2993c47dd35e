using System;
using System.Globalization;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Cli.Formatting;

/// <summary>
/// An element's value as one line of text: strings joined with <c>\</c> as stored, numbers in invariant culture,
/// binary values as their first bytes in hex. Shared by the search table and <c>dump</c>.
/// </summary>
internal static class ValueText
{
    private const int BinaryBytesShown = 16;

    /// <summary>The value of <paramref name="element"/>; a value that does not decode is shown as such, never thrown.</summary>
    public static string Format(DicomElement element, DicomCharacterSet characterSet)
    {
        try
        {
            return element switch
            {
                DicomSequence sequence => $"(sequence, {sequence.Items.Count} item{(sequence.Items.Count == 1 ? "" : "s")})",
                DicomFragments fragments => $"(encapsulated, {fragments.Fragments.Count} fragment{(fragments.Fragments.Count == 1 ? "" : "s")})",
                _ => FormatValue(element, characterSet),
            };
        }
        catch (DicomTypedException exception)
        {
            return $"(value not readable: {exception.Message})";
        }
    }

    private static string FormatValue(DicomElement element, DicomCharacterSet characterSet)
    {
        var vr = EffectiveVR(element);
        if (vr.IsString)
        {
            return string.Join('\\', element.GetStrings(characterSet));
        }
        if (vr == DicomVR.US || vr == DicomVR.UL || vr == DicomVR.UV)
        {
            return string.Join('\\', element.GetValues<ulong>().Select(v => v.ToString(CultureInfo.InvariantCulture)));
        }
        if (vr == DicomVR.SS || vr == DicomVR.SL || vr == DicomVR.SV)
        {
            return string.Join('\\', element.GetValues<long>().Select(v => v.ToString(CultureInfo.InvariantCulture)));
        }
        if (vr == DicomVR.FL || vr == DicomVR.FD)
        {
            return string.Join('\\', element.GetValues<double>().Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        }
        return Hex(element);
    }

    // A public tag stored as UN is shown with its dictionary VR, as the core's getters decode it.
    private static DicomVR EffectiveVR(DicomElement element) =>
        element.VR == DicomVR.UN && !element.Tag.IsPrivate && DicomDictionary.TryGetEntry(element.Tag, out var entry)
            && !entry.VR.IsUnknown && entry.VR != DicomVR.SQ && !entry.VRText.Contains('|', StringComparison.Ordinal)
            ? entry.VR
            : element.VR;

    private static string Hex(DicomElement element)
    {
        if (element.StreamRange is not null)
        {
            return $"({element.Length} bytes, not loaded)";
        }
        var bytes = element.Value.Span;
        var text = new StringBuilder();
        for (var i = 0; i < Math.Min(bytes.Length, BinaryBytesShown); i++)
        {
            text.Append(i == 0 ? "" : "\\").Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        }
        return bytes.Length > BinaryBytesShown ? text.Append("...").ToString() : text.ToString();
    }
}

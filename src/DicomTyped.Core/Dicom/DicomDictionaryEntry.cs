using System;

namespace DicomTyped.Dicom;

/// <summary>One attribute of the PS3.6 data dictionary (or a repeating-group mask such as <c>60xx3000</c>).</summary>
public sealed class DicomDictionaryEntry
{
    /// <summary>Creates an entry; used by the generated dictionary table.</summary>
    /// <param name="tag">The tag, with mask digits set to zero for repeating groups.</param>
    /// <param name="mask">Bits of the tag that identify the attribute: <c>0xFFFFFFFF</c>, or <c>0xFF00FFFF</c> for <c>60xx3000</c>.</param>
    /// <param name="vr">The VR text of PS3.6: <c>PN</c>, <c>US|SS</c>, or <c>NONE</c> for items and delimiters.</param>
    /// <param name="vm">The value multiplicity text of PS3.6, e.g. <c>1-n</c>.</param>
    /// <param name="keyword">The PS3.6 keyword.</param>
    /// <param name="name">The human-readable name.</param>
    /// <param name="isRetired">Whether PS3.6 lists the attribute as retired.</param>
    public DicomDictionaryEntry(uint tag, uint mask, string vr, string vm, string keyword, string name, bool isRetired)
    {
        Tag = new DicomTag(tag);
        Mask = mask;
        VRText = vr;
        VM = vm;
        Keyword = keyword;
        Name = name;
        IsRetired = isRetired;
        var first = vr.Length >= 2 ? vr.AsSpan(0, 2) : ReadOnlySpan<char>.Empty;
        VR = DicomVR.TryParse(first, out var parsed) ? parsed : default;
    }

    /// <summary>The tag (mask digits zero for a repeating group).</summary>
    public DicomTag Tag { get; }

    /// <summary>The bits of a tag that must equal <see cref="Tag"/> for it to be this attribute.</summary>
    public uint Mask { get; }

    /// <summary>True for a repeating-group entry such as Overlay Data <c>60xx3000</c>.</summary>
    public bool IsRepeatingGroup => Mask != 0xFFFFFFFFu;

    /// <summary>The VR as PS3.6 states it; several VRs are joined with <c>|</c>.</summary>
    public string VRText { get; }

    /// <summary>The first (or only) VR; the default value for items and delimiters, which have none.</summary>
    public DicomVR VR { get; }

    /// <summary>True when PS3.6 allows more than one VR (e.g. <c>US or SS</c>).</summary>
    public bool HasMultipleVRs => VRText.IndexOf('|') >= 0;

    /// <summary>The value multiplicity as PS3.6 states it.</summary>
    public string VM { get; }

    /// <summary>The PS3.6 keyword, e.g. <c>PatientName</c>.</summary>
    public string Keyword { get; }

    /// <summary>The human-readable name, e.g. <c>Patient's Name</c>.</summary>
    public string Name { get; }

    /// <summary>Whether the attribute is retired.</summary>
    public bool IsRetired { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VRText} {VM} {Keyword}{(IsRetired ? " (retired)" : "")}";
}

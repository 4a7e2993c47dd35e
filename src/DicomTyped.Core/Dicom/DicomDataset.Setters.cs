using System;
using System.Collections.Generic;
using System.Numerics;

namespace DicomTyped.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>Sets text values (joined with backslashes, encoded with this data set's character set, padded to even length).</summary>
    public DicomElement SetStrings(DicomTag tag, DicomVR vr, params IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        // Specific Character Set itself is always in the default repertoire.
        var charset = tag == CoreTags.SpecificCharacterSet ? Charsets.DicomCharacterSet.Default : CharacterSet;
        return Put(new DicomElement(tag, vr, DicomValueEncoder.EncodeStrings(vr, values, charset)));
    }

    /// <summary>Sets a single text value.</summary>
    public DicomElement SetString(DicomTag tag, DicomVR vr, string value) => SetStrings(tag, vr, [value]);

    /// <summary>Sets a UID (UI, padded with NUL to even length).</summary>
    public DicomElement SetUid(DicomTag tag, string uid) => SetStrings(tag, DicomVR.UI, [uid]);

    /// <summary>Sets person names (PN).</summary>
    public DicomElement SetPersonNames(DicomTag tag, params IReadOnlyList<PersonName> names)
    {
        var texts = new string[names.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = names[i].ToString();
        }
        return SetStrings(tag, DicomVR.PN, texts);
    }

    /// <summary>Sets a date (DA, YYYYMMDD).</summary>
    public DicomElement SetDate(DicomTag tag, DateOnly date) => SetStrings(tag, DicomVR.DA, [DicomDateTimeText.FormatDate(date)]);

    /// <summary>Sets a time (TM, HHMMSS with a fraction when there is one).</summary>
    public DicomElement SetTime(DicomTag tag, TimeOnly time) => SetStrings(tag, DicomVR.TM, [DicomDateTimeText.FormatTime(time)]);

    /// <summary>Sets a date-time (DT), with its UTC offset when <paramref name="includeOffset"/> is true.</summary>
    public DicomElement SetDateTime(DicomTag tag, DateTimeOffset value, bool includeOffset = true) =>
        SetStrings(tag, DicomVR.DT, [DicomDateTimeText.FormatDateTime(value, includeOffset)]);

    /// <summary>Sets numbers: as text for IS and DS, as little-endian binary for the other numeric VRs.</summary>
    /// <exception cref="OverflowException">A value does not fit the VR.</exception>
    public DicomElement SetValues<T>(DicomTag tag, DicomVR vr, params IReadOnlyList<T> values) where T : INumber<T> =>
        Put(new DicomElement(tag, vr, DicomValueEncoder.EncodeNumbers(vr, values)));

    /// <summary>Sets attribute tags (AT).</summary>
    public DicomElement SetTags(DicomTag tag, params IReadOnlyList<DicomTag> values) =>
        Put(new DicomElement(tag, DicomVR.AT, DicomValueEncoder.EncodeTags(values)));

    /// <summary>Sets raw encoded bytes (little endian); odd lengths are padded with the VR's padding byte.</summary>
    public DicomElement SetBytes(DicomTag tag, DicomVR vr, ReadOnlySpan<byte> value) =>
        Put(new DicomElement(tag, vr, DicomValueEncoder.Pad(value.ToArray(), vr)));

    /// <summary>Sets a sequence of the given items; each item inherits this data set's character set.</summary>
    public DicomSequence SetSequence(DicomTag tag, params IReadOnlyList<DicomDataset> items)
    {
        var sequence = new DicomSequence(tag, items);
        foreach (var item in items)
        {
            item.Parent = this;
        }
        Set(sequence);
        return sequence;
    }

    private DicomElement Put(DicomElement element)
    {
        Set(element);
        return element;
    }
}

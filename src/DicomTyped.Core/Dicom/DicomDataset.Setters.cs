using System;
using System.Collections.Generic;
using System.Numerics;
using DicomTyped.Dicom.Validation;

namespace DicomTyped.Dicom;

/// <remarks>
/// The setters check what they can know (PS3.5 6.2): each text value against its VR's length, repertoire and form, and
/// that no value holds the backslash that would split it in two. A bad value throws <see cref="ArgumentException"/>
/// whose message names the tag, the VR and the rule, with a <see cref="DicomValidationException"/> as its inner
/// exception. Raw values (<see cref="SetBytes"/>, or a <see cref="DicomElement"/> given to <see cref="Set"/>) are
/// checked when the file is saved.
/// </remarks>
public sealed partial class DicomDataset
{
    /// <summary>Sets text values (joined with backslashes, encoded with this data set's character set, padded to even length).</summary>
    /// <exception cref="ArgumentException">A value breaks a rule of <paramref name="vr"/> (PS3.5 6.2), or holds a backslash where it separates values.</exception>
    public DicomElement SetStrings(DicomTag tag, DicomVR vr, params IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count > 1 && vr.IsString && !DicomValueRules.IsMultiValued(vr))
        {
            throw Invalid(tag, vr, new(DicomValidationRule.Backslash, $"{vr} holds one value; {values.Count} would be joined into one with backslashes"), nameof(values));
        }
        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            ThrowIfInvalid(tag, vr, DicomValueRules.CheckGivenValue(vr, value), nameof(values));
        }
        // Specific Character Set itself is always in the default repertoire.
        var charset = tag == CoreTags.SpecificCharacterSet ? Charsets.DicomCharacterSet.Default : CharacterSet;
        return Put(new DicomElement(tag, vr, DicomValueEncoder.EncodeStrings(vr, values, charset)));
    }

    /// <summary>Sets a single text value.</summary>
    /// <exception cref="ArgumentException">The value breaks a rule of <paramref name="vr"/> (PS3.5 6.2).</exception>
    public DicomElement SetString(DicomTag tag, DicomVR vr, string value) => SetStrings(tag, vr, [value]);

    /// <summary>Sets a UID (UI, padded with NUL to even length).</summary>
    /// <exception cref="ArgumentException">The text is not a UID (PS3.5 9.1: at most 64 characters of digits and dots).</exception>
    public DicomElement SetUid(DicomTag tag, string uid) => SetStrings(tag, DicomVR.UI, [uid]);

    /// <summary>Sets person names (PN).</summary>
    /// <exception cref="ArgumentException">
    /// A name holds a backslash (which would make it two names), a control character, or a component group over 64 characters.
    /// </exception>
    public DicomElement SetPersonNames(DicomTag tag, params IReadOnlyList<PersonName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
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
    /// <exception cref="ArgumentException">
    /// An IS value is not a whole number between -2³¹ and 2³¹-1, or a DS value is NaN or infinite (PS3.5 6.2).
    /// </exception>
    /// <exception cref="OverflowException">A value does not fit a binary VR.</exception>
    public DicomElement SetValues<T>(DicomTag tag, DicomVR vr, params IReadOnlyList<T> values) where T : INumber<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Count; i++)
        {
            ThrowIfInvalid(tag, vr, CheckNumber(vr, values[i], i), nameof(values));
        }
        return Put(new DicomElement(tag, vr, DicomValueEncoder.EncodeNumbers(vr, values)));
    }

    /// <summary>Sets attribute tags (AT).</summary>
    public DicomElement SetTags(DicomTag tag, params IReadOnlyList<DicomTag> values) =>
        Put(new DicomElement(tag, DicomVR.AT, DicomValueEncoder.EncodeTags(values)));

    /// <summary>
    /// Sets raw encoded bytes (little endian); odd lengths are padded with the VR's padding byte. The value is not
    /// checked here but when the file is saved.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="vr"/> is SQ, whose value is items (use <see cref="SetSequence"/>).</exception>
    public DicomElement SetBytes(DicomTag tag, DicomVR vr, ReadOnlySpan<byte> value)
    {
        if (vr == DicomVR.SQ)
        {
            throw Invalid(tag, vr, new(DicomValidationRule.SequenceAsBytes, "an SQ value must be a sequence of items; use SetSequence"), nameof(vr));
        }
        return Put(new DicomElement(tag, vr, DicomValueEncoder.Pad(value.ToArray(), vr)));
    }

    /// <summary>Sets a sequence of the given items; each item inherits this data set's character set.</summary>
    /// <exception cref="ArgumentException">An item is this data set or one that holds it, which would make a cycle.</exception>
    public DicomSequence SetSequence(DicomTag tag, params IReadOnlyList<DicomDataset> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            for (var holder = this; holder is not null; holder = holder.Parent)
            {
                if (ReferenceEquals(holder, item))
                {
                    throw Invalid(tag, DicomVR.SQ, new(DicomValidationRule.Cycle, "an item is this data set or one that holds it"), nameof(items));
                }
            }
        }
        var sequence = new DicomSequence(tag, items);
        foreach (var item in items)
        {
            item.Parent = this;
        }
        Set(sequence);
        return sequence;
    }

    private static DicomViolation? CheckNumber<T>(DicomVR vr, T value, int index) where T : INumber<T>
    {
        if (vr == DicomVR.IS && (!T.IsInteger(value) || value < T.CreateSaturating(int.MinValue) || value > T.CreateSaturating(int.MaxValue)))
        {
            return new(DicomValidationRule.Range, $"value {index + 1} is not a whole number from -2147483648 to 2147483647");
        }
        if (vr == DicomVR.DS && !double.IsFinite(double.CreateSaturating(value)))
        {
            return new(DicomValidationRule.NotFinite, $"value {index + 1} is NaN or infinite");
        }
        return null;
    }

    private static void ThrowIfInvalid(DicomTag tag, DicomVR vr, DicomViolation? violation, string parameter)
    {
        if (violation is { } v)
        {
            throw Invalid(tag, vr, v, parameter);
        }
    }

    private static ArgumentException Invalid(DicomTag tag, DicomVR vr, DicomViolation violation, string parameter)
    {
        var inner = new DicomValidationException(tag, vr, violation.Rule, violation.Detail);
        return new ArgumentException(inner.Message, parameter, inner);
    }

    private DicomElement Put(DicomElement element)
    {
        if (element.Tag.Group == 0xFFFE)
        {
            throw Invalid(element.Tag, element.VR, new(DicomValidationRule.ItemTagAsElement, "Item and delimitation tags cannot be data elements"), "tag");
        }
        Set(element);
        return element;
    }
}

using System;
using System.Globalization;

namespace DicomTyped.Dicom;

/// <summary>A DICOM attribute tag: a group and an element number packed into 32 bits as <c>ggggeeee</c>.</summary>
public readonly struct DicomTag : IEquatable<DicomTag>, IComparable<DicomTag>
{
    /// <summary>Creates a tag from its packed value (<c>0x00100010</c> is Patient's Name).</summary>
    public DicomTag(uint value) => Value = value;

    /// <summary>Creates a tag from its group and element numbers.</summary>
    public DicomTag(ushort group, ushort element) => Value = ((uint)group << 16) | element;

    /// <summary>The packed <c>ggggeeee</c> value.</summary>
    public uint Value { get; }

    /// <summary>The group number.</summary>
    public ushort Group => (ushort)(Value >> 16);

    /// <summary>The element number.</summary>
    public ushort Element => (ushort)Value;

    /// <summary>True for tags in an odd group other than 0001, 0003, 0005, 0007 and FFFF (PS3.5 7.8.1).</summary>
    public bool IsPrivate => (Group & 1) == 1 && Group > 0x0007 && Group != 0xFFFF;

    /// <summary>True for a private creator element (gggg,0010-00FF) in a private group.</summary>
    public bool IsPrivateCreator => IsPrivate && Element >= 0x0010 && Element <= 0x00FF;

    /// <summary>The 8 upper-case hex digits used by DICOM JSON and QIDO-RS keys, e.g. <c>00100010</c>.</summary>
    public string ToHexString() => Value.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>Formats as <c>(gggg,eeee)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Group:X4},{Element:X4})");

    /// <summary>Parses 8 hex digits (<c>00100010</c>) or the <c>(gggg,eeee)</c> form.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DicomTag tag)
    {
        tag = default;
        if (text.Length == 11 && text[0] == '(' && text[5] == ',' && text[10] == ')')
        {
            if (ushort.TryParse(text.Slice(1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var g) &&
                ushort.TryParse(text.Slice(6, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var e))
            {
                tag = new DicomTag(g, e);
                return true;
            }
            return false;
        }
        if (text.Length == 8 && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v))
        {
            tag = new DicomTag(v);
            return true;
        }
        return false;
    }

    /// <summary>Parses 8 hex digits or <c>(gggg,eeee)</c>; throws <see cref="FormatException"/> naming the text otherwise.</summary>
    public static DicomTag Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var tag) ? tag : throw new FormatException($"'{text.ToString()}' is not a DICOM tag (expected ggggeeee or (gggg,eeee)).");

    /// <inheritdoc />
    public bool Equals(DicomTag other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DicomTag other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (int)Value;

    /// <inheritdoc />
    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    /// <summary>Equality of the packed values.</summary>
    public static bool operator ==(DicomTag left, DicomTag right) => left.Value == right.Value;

    /// <summary>Inequality of the packed values.</summary>
    public static bool operator !=(DicomTag left, DicomTag right) => left.Value != right.Value;

    /// <summary>Orders tags as they are ordered in a data set.</summary>
    public static bool operator <(DicomTag left, DicomTag right) => left.Value < right.Value;

    /// <summary>Orders tags as they are ordered in a data set.</summary>
    public static bool operator >(DicomTag left, DicomTag right) => left.Value > right.Value;

    /// <summary>Orders tags as they are ordered in a data set.</summary>
    public static bool operator <=(DicomTag left, DicomTag right) => left.Value <= right.Value;

    /// <summary>Orders tags as they are ordered in a data set.</summary>
    public static bool operator >=(DicomTag left, DicomTag right) => left.Value >= right.Value;
}

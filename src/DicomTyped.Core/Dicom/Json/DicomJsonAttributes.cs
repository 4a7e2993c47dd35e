using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// DICOM JSON attributes kept as their raw JSON: the attributes of a match that no typed property maps,
/// or the attributes of a sequence item. Looked up by tag; values can be read as text.
/// </summary>
public sealed class DicomJsonAttributes : IReadOnlyCollection<DicomJsonRawAttribute>
{
    /// <summary>No attributes.</summary>
    public static readonly DicomJsonAttributes Empty = new([]);

    // Sorted by tag (DICOM JSON sends them sorted; a server that does not is sorted here) for binary search.
    private readonly DicomJsonRawAttribute[] _attributes;

    private DicomJsonAttributes(DicomJsonRawAttribute[] attributes) => _attributes = attributes;

    /// <summary>Wraps attributes read by a generated reader; null or empty gives <see cref="Empty"/>.</summary>
    /// <exception cref="DicomJsonException">Two attributes have the same tag (<see cref="DicomJsonRules"/>, rule 2).</exception>
    public static DicomJsonAttributes From(List<DicomJsonRawAttribute>? attributes)
    {
        if (attributes is null || attributes.Count == 0)
        {
            return Empty;
        }
        var array = attributes.ToArray();
        Array.Sort(array, static (a, b) => a.Tag.CompareTo(b.Tag));
        // Sorted, a repeated key sits next to its twin: one pass finds it.
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].Tag == array[i - 1].Tag)
            {
                throw DicomJsonRules.RepeatedKey(array[i].Tag, null);
            }
        }
        return new DicomJsonAttributes(array);
    }

    /// <summary>Reads a whole data set object (e.g. a sequence item) into raw attributes.</summary>
    /// <exception cref="DicomJsonException">The object is not a DICOM JSON data set.</exception>
    public static DicomJsonAttributes ReadDataSet(ref Utf8JsonReader reader)
    {
        List<DicomJsonRawAttribute>? attributes = null;
        DicomJsonValueReader.EnterDataSet(ref reader);
        while (DicomJsonValueReader.NextAttribute(ref reader, out var tag))
        {
            (attributes ??= []).Add(DicomJsonValueReader.ReadRaw(ref reader, tag));
        }
        return From(attributes);
    }

    /// <summary>The number of attributes.</summary>
    public int Count => _attributes.Length;

    /// <summary>The attribute with <paramref name="tag"/>, or null.</summary>
    public DicomJsonRawAttribute? this[DicomTag tag] => TryGet(tag, out var attribute) ? attribute : null;

    /// <summary>Whether an attribute with <paramref name="tag"/> is present.</summary>
    public bool Contains(DicomTag tag) => TryGet(tag, out _);

    /// <summary>Finds the attribute with <paramref name="tag"/>.</summary>
    public bool TryGet(DicomTag tag, out DicomJsonRawAttribute attribute)
    {
        int low = 0, high = _attributes.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var candidate = _attributes[mid];
            var order = candidate.Tag.CompareTo(tag);
            if (order == 0)
            {
                attribute = candidate;
                return true;
            }
            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        attribute = null!;
        return false;
    }

    /// <summary>The values of an attribute as text (see <see cref="DicomJsonRawAttribute.GetStrings"/>); empty when absent.</summary>
    public IReadOnlyList<string?> GetStrings(DicomTag tag) => TryGet(tag, out var a) ? a.GetStrings() : [];

    /// <summary>The first value of an attribute as text, or null when it is absent or has no value.</summary>
    public string? GetString(DicomTag tag)
    {
        var values = GetStrings(tag);
        return values.Count > 0 ? values[0] : null;
    }

    /// <inheritdoc />
    public IEnumerator<DicomJsonRawAttribute> GetEnumerator() => ((IEnumerable<DicomJsonRawAttribute>)_attributes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _attributes.GetEnumerator();
}

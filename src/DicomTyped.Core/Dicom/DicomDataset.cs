using System;
using System.Collections;
using System.Collections.Generic;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom;

/// <summary>
/// A data set: elements kept in ascending tag order, as they are encoded. Typed getters and setters are in the
/// other parts of this class; private-tag lookups by creator are in <c>DicomDataset.Private.cs</c>.
/// </summary>
public sealed partial class DicomDataset : IEnumerable<DicomElement>
{
    // A sorted list rather than a tree: files arrive in tag order, so reading appends, and lookups binary-search.
    private readonly List<DicomElement> _elements;
    private DicomCharacterSet? _characterSet;

    /// <summary>Creates an empty data set.</summary>
    public DicomDataset() => _elements = new List<DicomElement>();

    /// <summary>Creates a data set holding <paramref name="elements"/> (in any order).</summary>
    public DicomDataset(IEnumerable<DicomElement> elements)
        : this()
    {
        ArgumentNullException.ThrowIfNull(elements);
        foreach (var element in elements)
        {
            Set(element);
        }
    }

    /// <summary>The number of elements at this level (items of sequences not counted).</summary>
    public int Count => _elements.Count;

    /// <summary>
    /// The character set text values are decoded with: from Specific Character Set (0008,0005) of this data set,
    /// else the one of the data set whose sequence holds this item, else the default repertoire.
    /// </summary>
    public DicomCharacterSet CharacterSet => _characterSet ??= ResolveCharacterSet();

    /// <summary>The data set whose sequence holds this item; its character set applies unless the item states its own.</summary>
    internal DicomDataset? Parent { get; set; }

    /// <summary>How the reader found this item encoded: true for undefined length with an item delimiter.</summary>
    internal bool HasUndefinedItemLength { get; set; } = true;

    /// <summary>The element with <paramref name="tag"/>, or null.</summary>
    public DicomElement? this[DicomTag tag] => TryGetElement(tag, out var element) ? element : null;

    /// <summary>Finds the element with <paramref name="tag"/>.</summary>
    public bool TryGetElement(DicomTag tag, out DicomElement element)
    {
        var index = IndexOf(tag);
        if (index >= 0)
        {
            element = _elements[index];
            return true;
        }
        element = null!;
        return false;
    }

    /// <summary>True when an element with <paramref name="tag"/> is present.</summary>
    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    /// <summary>Adds an element; throws when one with the same tag is already present.</summary>
    /// <exception cref="ArgumentException">The tag is already present.</exception>
    public void Add(DicomElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var index = IndexOf(element.Tag);
        if (index >= 0)
        {
            throw new ArgumentException($"The data set already holds {element.Tag}.", nameof(element));
        }
        Insert(~index, element);
    }

    /// <summary>Adds an element or replaces the one with the same tag.</summary>
    public void Set(DicomElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var index = IndexOf(element.Tag);
        if (index >= 0)
        {
            _elements[index] = element;
            OnChanged(element.Tag);
        }
        else
        {
            Insert(~index, element);
        }
    }

    /// <summary>Removes the element with <paramref name="tag"/>; false when there was none.</summary>
    public bool Remove(DicomTag tag)
    {
        var index = IndexOf(tag);
        if (index < 0)
        {
            return false;
        }
        _elements.RemoveAt(index);
        OnChanged(tag);
        return true;
    }

    /// <summary>Removes every element.</summary>
    public void Clear()
    {
        _elements.Clear();
        _characterSet = null;
    }

    /// <summary>Enumerates the elements in tag order.</summary>
    public List<DicomElement>.Enumerator GetEnumerator() => _elements.GetEnumerator();

    IEnumerator<DicomElement> IEnumerable<DicomElement>.GetEnumerator() => _elements.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _elements.GetEnumerator();

    /// <summary>Appends an element known to sort after every present one (the reader's fast path).</summary>
    internal void AddInOrder(DicomElement element)
    {
        if (_elements.Count == 0 || _elements[^1].Tag < element.Tag)
        {
            _elements.Add(element);
            OnChanged(element.Tag);
        }
        else
        {
            Set(element);
        }
    }

    private void Insert(int index, DicomElement element)
    {
        _elements.Insert(index, element);
        OnChanged(element.Tag);
    }

    private void OnChanged(DicomTag tag)
    {
        if (tag == CoreTags.SpecificCharacterSet)
        {
            _characterSet = null;
        }
    }

    private int IndexOf(DicomTag tag)
    {
        var count = _elements.Count;
        // Appends and lookups of the last element are the common case while reading.
        if (count > 0 && _elements[count - 1].Tag < tag)
        {
            return ~count;
        }
        int low = 0, high = count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var current = _elements[mid].Tag.Value;
            if (current == tag.Value)
            {
                return mid;
            }
            if (current < tag.Value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return ~low;
    }

    private DicomCharacterSet ResolveCharacterSet()
    {
        if (TryGetElement(CoreTags.SpecificCharacterSet, out var element) && element.Length > 0)
        {
            var terms = DicomValueDecoder.GetStrings(element, DicomCharacterSet.Default);
            return DicomCharacterSet.FromSpecificCharacterSet(terms);
        }
        return Parent?.CharacterSet ?? DicomCharacterSet.Default;
    }
}

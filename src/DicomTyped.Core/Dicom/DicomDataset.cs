using System;
using System.Collections;
using System.Collections.Generic;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom;

/// <summary>
/// A data set: elements kept in ascending tag order, as they are encoded. Typed getters and setters are in the
/// other parts of this class; private-tag lookups by creator are in <c>DicomDataset.Private.cs</c>.
/// </summary>
/// <remarks>
/// Adding, replacing, removing and finding an element cost O(log n) whatever order the tags come in, so that a data
/// set of n elements is built in O(n log n) even from input in descending tag order (or O(n) in ascending order).
/// </remarks>
public sealed partial class DicomDataset : IEnumerable<DicomElement>
{
    // Files arrive in tag order, so elements live in a sorted list: reading appends, lookups binary-search. An insert
    // in the middle of a list shifts every element after it, which for input in any other order makes building the
    // data set quadratic; so once a large list would have to shift, the elements move to a tree (O(log n) for every
    // change) and the list becomes a snapshot rebuilt in one pass when it is next enumerated.
    private const int ListInsertLimit = 64;

    private readonly List<DicomElement> _elements;
    private SortedDictionary<uint, DicomElement>? _tree;
    private bool _listStale;
    private DicomCharacterSet? _characterSet;

    /// <summary>Creates an empty data set.</summary>
    public DicomDataset() => _elements = new List<DicomElement>();

    /// <summary>Creates a data set holding <paramref name="elements"/> (in any order; a later element replaces an earlier one with its tag).</summary>
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
    public int Count => _tree?.Count ?? _elements.Count;

    /// <summary>
    /// The character set text values are decoded with: from Specific Character Set (0008,0005) of this data set,
    /// else the one of the data set whose sequence holds this item, else the default repertoire.
    /// </summary>
    public DicomCharacterSet CharacterSet => _characterSet ??= ResolveCharacterSet();

    /// <summary>The data set whose sequence holds this item; its character set applies unless the item states its own.</summary>
    internal DicomDataset? Parent { get; set; }

    /// <summary>How the reader found this item encoded: true for undefined length with an item delimiter.</summary>
    internal bool HasUndefinedItemLength { get; set; } = true;

    /// <summary>
    /// Elements shifted by inserts in the middle of the sorted list since this data set was created: at most
    /// 64 per insert whatever the order of the tags (the tests' measure of the cost of building a data set).
    /// </summary>
    internal long ShiftedElements { get; private set; }

    /// <summary>The element with <paramref name="tag"/>, or null.</summary>
    public DicomElement? this[DicomTag tag] => TryGetElement(tag, out var element) ? element : null;

    /// <summary>Finds the element with <paramref name="tag"/>.</summary>
    public bool TryGetElement(DicomTag tag, out DicomElement element)
    {
        if (_tree is not null)
        {
            return _tree.TryGetValue(tag.Value, out element!);
        }
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
    public bool Contains(DicomTag tag) => _tree?.ContainsKey(tag.Value) ?? IndexOf(tag) >= 0;

    /// <summary>Adds an element; throws when one with the same tag is already present.</summary>
    /// <exception cref="ArgumentException">The tag is already present.</exception>
    public void Add(DicomElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (Contains(element.Tag))
        {
            throw new ArgumentException($"The data set already holds {element.Tag}.", nameof(element));
        }
        Set(element);
    }

    /// <summary>Adds an element or replaces the one with the same tag.</summary>
    public void Set(DicomElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (_tree is not null)
        {
            _tree[element.Tag.Value] = element;
            _listStale = true;
            OnChanged(element.Tag);
            return;
        }
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
        if (_tree is not null)
        {
            if (!_tree.Remove(tag.Value))
            {
                return false;
            }
            _listStale = true;
            OnChanged(tag);
            return true;
        }
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
        _tree = null;
        _listStale = false;
        _characterSet = null;
    }

    /// <summary>Enumerates the elements in tag order.</summary>
    public List<DicomElement>.Enumerator GetEnumerator() => Elements.GetEnumerator();

    IEnumerator<DicomElement> IEnumerable<DicomElement>.GetEnumerator() => Elements.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Elements.GetEnumerator();

    /// <summary>Adds an element that usually sorts after every present one (the readers' fast path); replaces a duplicate.</summary>
    internal void AddInOrder(DicomElement element)
    {
        if (_tree is null && (_elements.Count == 0 || _elements[^1].Tag < element.Tag))
        {
            _elements.Add(element);
            OnChanged(element.Tag);
        }
        else
        {
            Set(element);
        }
    }

    /// <summary>
    /// Puts the elements back into one sorted list after building (the readers call it when a data set is complete),
    /// so that reading a finished data set changes nothing and enumerating it costs no rebuild.
    /// </summary>
    internal void Seal()
    {
        if (_tree is not null)
        {
            _ = Elements;
            _tree = null;
        }
    }

    // The sorted list, rebuilt from the tree in one pass when changes made it stale.
    private List<DicomElement> Elements
    {
        get
        {
            if (_listStale)
            {
                _elements.Clear();
                _elements.AddRange(_tree!.Values);
                _listStale = false;
            }
            return _elements;
        }
    }

    private void Insert(int index, DicomElement element)
    {
        var shifted = _elements.Count - index;
        if (shifted > ListInsertLimit)
        {
            _tree = new SortedDictionary<uint, DicomElement>();
            foreach (var present in _elements)
            {
                _tree.Add(present.Tag.Value, present);
            }
            _tree.Add(element.Tag.Value, element);
            _listStale = true;
        }
        else
        {
            _elements.Insert(index, element);
            ShiftedElements += shifted;
        }
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

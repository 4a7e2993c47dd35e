using System.Collections.Generic;
using System.Text;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom.Validation;

/// <summary>
/// Walks a data set before it is written, so that a file is refused before its first byte rather than half written.
/// Structure is always checked. Values are checked unless they came unchanged from a parsed file
/// (<see cref="DicomElement.IsAsRead"/>): a file that read without error saves back without error, while every value
/// a caller made is held to PS3.5 6.2. With <c>allowInvalidValues</c> a broken value rule becomes a warning instead.
/// </summary>
internal sealed class DicomDatasetValidator
{
    private readonly bool _allowInvalidValues;
    private readonly int _maxNestingDepth;
    private readonly List<string> _warnings;
    // The items on the path from the root to the current one: seeing one again is a cycle.
    private readonly HashSet<DicomDataset> _path = new(ReferenceEqualityComparer.Instance);
    private readonly List<(DicomTag Tag, int Item)> _location = new();

    public DicomDatasetValidator(bool allowInvalidValues, int maxNestingDepth, List<string> warnings)
    {
        _allowInvalidValues = allowInvalidValues;
        _maxNestingDepth = maxNestingDepth;
        _warnings = warnings;
    }

    /// <summary>Checks the file meta information: group 0002 only, values by the same rules.</summary>
    /// <exception cref="DicomValidationException">A rule is broken.</exception>
    public void ValidateFileMeta(DicomDataset meta) => Validate(meta, isFileMeta: true, explicitVR: true);

    /// <summary>Checks a data set and every item within it, for the encoding it is about to be written in.</summary>
    /// <exception cref="DicomValidationException">A rule is broken.</exception>
    public void ValidateDataset(DicomDataset dataset, bool explicitVR) => Validate(dataset, isFileMeta: false, explicitVR);

    private void Validate(DicomDataset root, bool isFileMeta, bool explicitVR)
    {
        _path.Clear();
        _path.Add(root);
        Walk(root, DicomCharacterSet.Default, isFileMeta, explicitVR, depth: 0);
    }

    private void Walk(DicomDataset dataset, DicomCharacterSet inherited, bool isFileMeta, bool explicitVR, int depth)
    {
        // An item without its own Specific Character Set is decoded with its container's, as a reader of the file will.
        var characterSet = dataset.Contains(CoreTags.SpecificCharacterSet) ? dataset.CharacterSet : inherited;
        foreach (var element in dataset)
        {
            CheckStructure(element, isFileMeta, explicitVR, depth);
            if (element is DicomSequence sequence)
            {
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    if (!_path.Add(item))
                    {
                        throw Fail(element, DicomValidationRule.Cycle, $"item {i + 1} is a data set that contains this sequence");
                    }
                    _location.Add((element.Tag, i));
                    // The items of a UN sequence are implicit VR little endian (PS3.5 6.2.2), whatever the file's syntax.
                    Walk(item, characterSet, isFileMeta: false, explicitVR && element.VR != DicomVR.UN, depth + 1);
                    _location.RemoveAt(_location.Count - 1);
                    _path.Remove(item);
                }
                continue;
            }
            if (element is DicomFragments || element.IsAsRead)
            {
                continue;
            }
            if (DicomValueRules.CheckElement(element, characterSet) is { } violation)
            {
                if (!_allowInvalidValues)
                {
                    throw Fail(element, violation.Rule, violation.Detail);
                }
                _warnings.Add($"Written although invalid: {LocationText()}{element.Tag} {element.VR}: {violation.Rule}: {violation.Detail}");
            }
        }
    }

    private void CheckStructure(DicomElement element, bool isFileMeta, bool explicitVR, int depth)
    {
        var tag = element.Tag;
        if (tag.Group == 0xFFFE)
        {
            throw Fail(element, DicomValidationRule.ItemTagAsElement, "Item and delimitation tags mark items and cannot be data elements");
        }
        if (isFileMeta != (tag.Group == 0x0002))
        {
            throw Fail(element, DicomValidationRule.FileMetaGroup, isFileMeta
                ? "only group 0002 belongs in the file meta information"
                : "group 0002 belongs in the file meta information, not in the data set");
        }
        if (element.VR.IsUnknown)
        {
            throw Fail(element, DicomValidationRule.UnknownVR, "the VR is not one of PS3.5 table 6.2-1");
        }
        if (element.VR == DicomVR.SQ && element is not DicomSequence)
        {
            throw Fail(element, DicomValidationRule.SequenceAsBytes, "an SQ value must be a sequence of items, not bytes");
        }
        if (element is DicomSequence && element.VR != DicomVR.SQ && element.VR != DicomVR.UN)
        {
            throw Fail(element, DicomValidationRule.SequenceAsBytes, "only SQ (or UN of undefined length) holds items");
        }
        // Explicit VR gives most VRs a 16-bit length (PS3.5 7.1.2); a read value can hit this too, when read implicit.
        if (explicitVR && !element.VR.HasLongExplicitLength && element is not DicomSequence and not DicomFragments && element.Length + (element.Length & 1) > ushort.MaxValue)
        {
            throw Fail(element, DicomValidationRule.LengthField, $"{element.Length} bytes, more than the 16-bit length field of explicit VR {element.VR} can hold");
        }
        if (element is DicomSequence && depth >= _maxNestingDepth)
        {
            throw Fail(element, DicomValidationRule.NestingDepth, $"sequences nested more than {_maxNestingDepth} deep");
        }
    }

    private DicomValidationException Fail(DicomElement element, DicomValidationRule rule, string detail) =>
        new(element.Tag, element.VR, rule, detail, LocationText());

    private string LocationText()
    {
        if (_location.Count == 0)
        {
            return "";
        }
        var text = new StringBuilder();
        foreach (var (tag, item) in _location)
        {
            text.Append(tag).Append(" item ").Append(item + 1).Append(" > ");
        }
        return text.ToString();
    }
}

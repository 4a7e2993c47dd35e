using System.Collections.Generic;

namespace DicomTyped.Dicom.Part10;

/// <summary>
/// What one read of a Part 10 input carries from element to element, whichever reader runs: the options, the faults
/// read through so far (or the decision to throw at the first), and the memory the values read so far hold.
/// </summary>
internal sealed class Part10ReadContext(DicomReadOptions options)
{
    /// <summary>What each element costs beyond its value (object headers, the tag, VR and value slot): see
    /// <see cref="DicomReadOptions.MaxTotalValueLength"/>. Stops millions of empty elements from adding up to nothing.</summary>
    public const int ElementCost = 64;

    private long _held;
    private List<DicomReadWarning>? _warnings;

    public DicomReadOptions Options { get; } = options;

    /// <summary>The faults read through, in order (no list is allocated for a well-formed file).</summary>
    public IReadOnlyList<DicomReadWarning> Warnings => _warnings ?? (IReadOnlyList<DicomReadWarning>)[];

    /// <summary>
    /// A fault the structure lets the reader get past: thrown when strict (the message says what was wrong), else
    /// reported with what the reader did (<paramref name="action"/>) and read through.
    /// </summary>
    public void Fault(string problem, string action, long offset, DicomTag? tag)
    {
        if (Options.Strict)
        {
            throw new DicomParseException(problem, offset, tag);
        }
        (_warnings ??= new()).Add(new DicomReadWarning(tag, offset, $"{problem}; {action}"));
    }

    /// <summary>A fault that changes nothing in what is read (such as a wrong group length): reported in both modes.</summary>
    public void Note(string problem, long offset, DicomTag? tag) => (_warnings ??= new()).Add(new DicomReadWarning(tag, offset, problem));

    /// <summary>Counts a value about to be loaded into memory against the limits, before it is allocated.</summary>
    public void ChargeValue(long length, long offset, DicomTag tag)
    {
        if (length > Options.MaxValueLength)
        {
            throw ValueTooLong(length, offset, tag);
        }
        Charge(length, offset, tag);
    }

    private DicomLimitException ValueTooLong(long length, long offset, DicomTag tag) =>
        new(nameof(DicomReadOptions.MaxValueLength), Options.MaxValueLength,
            $"A value of {length} bytes is too large to load; read pixel data by reference", offset, tag);

    /// <summary>Counts an element whose value is not loaded (a sequence, or a value kept in the stream).</summary>
    public void ChargeElement(long offset, DicomTag tag) => Charge(0, offset, tag);

    private void Charge(long length, long offset, DicomTag tag)
    {
        _held += length + ElementCost;
        if (_held > Options.MaxTotalValueLength)
        {
            throw TotalTooLarge(length, offset, tag);
        }
    }

    private DicomLimitException TotalTooLarge(long length, long offset, DicomTag tag) =>
        new(nameof(DicomReadOptions.MaxTotalValueLength), Options.MaxTotalValueLength,
            $"The values read so far and this one of {length} bytes hold {_held} bytes", offset, tag);
}

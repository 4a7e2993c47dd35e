using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace DicomTyped.Dicom.Json;

/// <summary>
/// The state of one generated record while its reader runs: the attribute being read (for messages), the typed
/// attributes already seen (a repeated key is an error), the attributes kept raw and the values that could not be
/// typed (<see cref="DicomJsonRules"/>, rules 2 and 10). Used by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct DicomJsonRecordScope
{
    private uint _tag;
    private ulong _typedSeen;
    private HashSet<int>? _typedSeenBeyond64;
    private List<DicomJsonRawAttribute>? _other;
    private List<DicomJsonWarning>? _warnings;

    /// <summary>Moves onto the data set's start (reading the first token when nothing was read yet) and checks that it is an object.</summary>
    /// <exception cref="DicomJsonException">The token is not a data set object.</exception>
    public void Enter(ref Utf8JsonReader reader) => DicomJsonValueReader.EnterDataSet(ref reader);

    /// <summary>Reads the next attribute's key as a tag and moves onto the attribute's object; false at the end of the data set.</summary>
    /// <exception cref="DicomJsonException">The key is not 8 hex digits or the attribute is not an object.</exception>
    public bool NextAttribute(ref Utf8JsonReader reader, out uint tag)
    {
        var more = DicomJsonValueReader.NextAttribute(ref reader, out tag);
        _tag = tag;
        return more;
    }

    /// <summary>Notes that the typed attribute number <paramref name="index"/> of the record was met.</summary>
    /// <exception cref="DicomJsonException">It was met before in this data set.</exception>
    public void Typed(int index, ref Utf8JsonReader reader)
    {
        var repeated = index < 64
            ? (_typedSeen & (1UL << index)) != 0
            : !(_typedSeenBeyond64 ??= []).Add(index);
        _typedSeen |= index < 64 ? 1UL << index : 0;
        if (repeated)
        {
            throw DicomJsonRules.RepeatedKey(new DicomTag(_tag), reader.TokenStartIndex);
        }
    }

    /// <summary>Keeps an attribute the record has no property for as raw JSON.</summary>
    public void KeepRaw(ref Utf8JsonReader reader, uint tag) => (_other ??= []).Add(DicomJsonValueReader.ReadRaw(ref reader, tag));

    /// <summary>The attributes kept raw (those without a property, and those whose value could not be typed).</summary>
    /// <exception cref="DicomJsonException">A key was given twice in the data set.</exception>
    public readonly DicomJsonAttributes OtherAttributes() => DicomJsonAttributes.From(_other);

    /// <summary>The values that could not be typed, in the order met; empty when all could.</summary>
    public readonly IReadOnlyList<DicomJsonWarning> Warnings() => _warnings is null ? [] : _warnings.ToArray();

    /// <summary>Whether <paramref name="exception"/> is a failure to read JSON (the tokenizer's or a parser's) that <see cref="Wrap"/> turns into a <see cref="DicomJsonException"/>.</summary>
    public static bool IsReadFailure(Exception exception) => DicomJsonRules.IsReadFailure(exception);

    /// <summary>Any failure while reading the record as a <see cref="DicomJsonException"/> naming the attribute being read.</summary>
    public readonly DicomJsonException Wrap(Exception exception) =>
        DicomJsonRules.Wrap(exception, _tag == 0 ? null : new DicomTag(_tag));

    // A value that does not fit: the caller leaves the property null and keeps the attribute as sent.
    internal void Warn(uint tag, string value, string problem) => (_warnings ??= []).Add(new DicomJsonWarning(new DicomTag(tag), value, problem));
}

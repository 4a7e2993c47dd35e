using System;
using System.Collections.Generic;

namespace DicomTyped.Dicom.Charsets;

/// <summary>Encodes text with ISO 2022 code extensions, designating sets only when a character needs them.</summary>
/// <remarks>
/// The escape sequences come out where PS3.5 Annexes H, I and K put them, which is also where pydicom
/// and DCMTK put them for those examples:
/// <list type="bullet">
/// <item>a character that the active G0/G1 sets cannot write is written with the first set, in the order of
/// the (0008,0005) values, that can; its designation is emitted just before it;</item>
/// <item>before every delimiter and at the end of the value, G0 is designated back to its initial set
/// (ESC ( B, or ESC ( J when value 1 is ISO 2022 IR 13) if it was changed, as PS3.5 6.1.2.5.3 requires;</item>
/// <item>G1 is not designated back: readers reset it at every delimiter, and the Korean example of Annex I
/// writes no such sequence (ESC $ ) C is repeated in each name component instead).</item>
/// </list>
/// pydicom differs only where PS3.5 gives no example: for LT/ST/UT it designates once for the whole value
/// instead of after each line break as Annex I.2 and K.3 do, and it adds a redundant designation when a PN
/// component starts with ASCII followed by another set.
/// </remarks>
internal static class Iso2022Encoder
{
    public static byte[] Encode(
        string value,
        CodeElement initialG0,
        CodeElement? initialG1,
        IReadOnlyList<CodeElement> candidates,
        Delimiters delimiters,
        string characterSetName)
    {
        var output = new ByteSink(value.Length + 8);
        var g0 = initialG0;
        var g1 = initialG1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\x1B')
            {
                // A literal ESC would be read back as the start of an escape sequence.
                throw Unencodable(value, i, characterSetName);
            }
            if (c < 0x80)
            {
                if (delimiters.IsDelimiter(c))
                {
                    RestoreG0(ref output, ref g0, initialG0);
                    g1 = initialG1;
                }
                else if (!g0.IsAsciiCompatible)
                {
                    RestoreG0(ref output, ref g0, initialG0);
                }
                output.Add((byte)c);
                continue;
            }
            if (g0.Width == 2 && g0.TryEncode(c, out var code))
            {
                output.Add((byte)(code >> 8));
                output.Add((byte)code);
                continue;
            }
            if (g1 is not null && g1.TryEncode(c, out code))
            {
                WriteG1(ref output, g1, code);
                continue;
            }
            var set = FindSet(c, candidates) ?? throw Unencodable(value, i, characterSetName);
            output.AddRange(set.Designation);
            set.TryEncode(c, out code);
            if (set.Slot == CodeElementSlot.G0)
            {
                g0 = set;
                output.Add((byte)(code >> 8));
                output.Add((byte)code);
            }
            else
            {
                g1 = set;
                WriteG1(ref output, set, code);
            }
        }
        RestoreG0(ref output, ref g0, initialG0);
        return output.ToArray();
    }

    internal static DicomCharacterSetException Unencodable(string value, int index, string characterSetName)
    {
        var codePoint = char.IsSurrogatePair(value, index) ? char.ConvertToUtf32(value, index) : value[index];
        var shown = char.IsSurrogate(value[index]) && !char.IsSurrogatePair(value, index)
            ? "a lone surrogate"
            : $"'{char.ConvertFromUtf32(codePoint)}'";
        return new DicomCharacterSetException(
            $"The character {shown} (U+{codePoint:X4}) at index {index} cannot be encoded with Specific Character Set '{characterSetName}'.");
    }

    private static CodeElement? FindSet(char c, IReadOnlyList<CodeElement> candidates)
    {
        foreach (var candidate in candidates)
        {
            // Only multi-byte G0 sets can hold non-ASCII characters; the 1-byte G0 sets are ASCII.
            if ((candidate.Slot == CodeElementSlot.G1 || candidate.Width == 2) && candidate.TryEncode(c, out _))
            {
                return candidate;
            }
        }
        return null;
    }

    private static void WriteG1(ref ByteSink output, CodeElement g1, int code)
    {
        if (g1.Width == 2)
        {
            output.Add((byte)((code >> 8) | 0x80));
        }
        output.Add((byte)(code | 0x80));
    }

    private static void RestoreG0(ref ByteSink output, ref CodeElement g0, CodeElement initialG0)
    {
        if (g0 != initialG0)
        {
            output.AddRange(initialG0.Designation);
            g0 = initialG0;
        }
    }

    /// <summary>A growable byte buffer; the output is short (one element value), so no pooling.</summary>
    private struct ByteSink(int capacity)
    {
        private byte[] _buffer = new byte[Math.Max(capacity, 16)];
        private int _length;

        public void Add(byte b)
        {
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            _buffer[_length++] = b;
        }

        public void AddRange(byte[] bytes)
        {
            foreach (var b in bytes)
            {
                Add(b);
            }
        }

        public readonly byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();
    }
}

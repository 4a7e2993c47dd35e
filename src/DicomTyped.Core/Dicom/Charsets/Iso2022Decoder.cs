using System;
using System.Buffers;

namespace DicomTyped.Dicom.Charsets;

/// <summary>Decodes bytes written with ISO 2022 code extensions (PS3.5 6.1.2.5), one code element state at a time.</summary>
internal static class Iso2022Decoder
{
    private const byte Esc = 0x1B;
    private const char Replacement = '\uFFFD';

    // Marks a G0 or G1 designated by an escape sequence DicomTyped does not know: its bytes cannot be
    // read, so they become U+FFFD until the next delimiter restores the initial state.
    private static readonly CodeElement s_unknown = new("unknown", CodeElementSlot.G0, 0, [], () => new CodeTable(1, []));

    /// <param name="value">The whole value.</param>
    /// <param name="initialG0">G0 at the start of the value and after each delimiter.</param>
    /// <param name="initialG1">G1 likewise; null when no G1 set is designated (bytes 0x80-0xFF then read as U+FFFD).</param>
    /// <param name="delimiters">The delimiters of the VR.</param>
    public static string Decode(ReadOnlySpan<byte> value, CodeElement initialG0, CodeElement? initialG1, Delimiters delimiters)
    {
        // Every byte yields at most one char (a 2-byte code yields one, an escape sequence at most one).
        char[]? rented = null;
        var output = value.Length <= 256 ? stackalloc char[value.Length] : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        var written = 0;
        var g0 = initialG0;
        var g1 = initialG1;
        var i = 0;
        while (i < value.Length)
        {
            var b = value[i];
            if (b == Esc)
            {
                i = ReadEscape(value, i, ref g0, ref g1, output, ref written);
                continue;
            }
            if (b < 0x80)
            {
                // A 2-byte G0 set takes the bytes 0x21-0x7E in pairs; the writer has to return to a 1-byte
                // set before any delimiter, so '\', '^' and '=' inside a pair are halves of a character.
                if (g0.Width == 2 && b is >= 0x21 and <= 0x7E)
                {
                    output[written++] = ReadPair(value, ref i, g0, 0);
                    continue;
                }
                var isDelimiter = delimiters.IsDelimiter(b);
                output[written++] = g0 == s_unknown && b is >= 0x21 and <= 0x7E && !isDelimiter ? Replacement : (char)b;
                i++;
                if (isDelimiter)
                {
                    g0 = initialG0;
                    g1 = initialG1;
                }
                continue;
            }
            if (g1 is null || g1 == s_unknown)
            {
                output[written++] = Replacement;
                i++;
            }
            else if (g1.Width == 2)
            {
                output[written++] = b is >= 0xA1 and <= 0xFE ? ReadPair(value, ref i, g1, 0x80) : Skip(ref i);
            }
            else
            {
                // C1 controls (0x80-0x9F) pass through, as the ISO 8859 tables of .NET and Python read them.
                output[written++] = b < 0xA0 ? (char)b : g1.Decode(b & 0x7F);
                i++;
            }
        }
        var text = new string(output[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return text;
    }

    private static char Skip(ref int i)
    {
        i++;
        return Replacement;
    }

    private static char ReadPair(ReadOnlySpan<byte> value, ref int i, CodeElement set, int high)
    {
        var lead = value[i] & 0x7F;
        if (i + 1 >= value.Length || (value[i + 1] & 0x80) != high || (value[i + 1] & 0x7F) is < 0x21 or > 0x7E)
        {
            // A truncated or broken pair: drop only the lead byte so the following byte is read afresh.
            i++;
            return Replacement;
        }
        var trail = value[i + 1] & 0x7F;
        i += 2;
        return set.Decode((lead << 8) | trail);
    }

    /// <returns>The index after the escape sequence.</returns>
    private static int ReadEscape(ReadOnlySpan<byte> value, int start, ref CodeElement g0, ref CodeElement? g1, Span<char> output, ref int written)
    {
        // ISO 2022 escape sequence: ESC, intermediate bytes 0x20-0x2F, one final byte 0x30-0x7E.
        var end = start + 1;
        while (end < value.Length && value[end] is >= 0x20 and <= 0x2F)
        {
            end++;
        }
        if (end >= value.Length || value[end] is < 0x30 or > 0x7E)
        {
            output[written++] = Replacement;
            return end;
        }
        var sequence = value[start..(end + 1)];
        foreach (var element in CodeElements.All)
        {
            if (sequence.SequenceEqual(element.Designation))
            {
                // Sets known but not declared in (0008,0005) are still read: the escape says unambiguously
                // what follows, and dropping the text would lose more than a lenient read risks.
                if (element.Slot == CodeElementSlot.G0)
                {
                    g0 = element;
                }
                else
                {
                    g1 = element;
                }
                return end + 1;
            }
        }
        output[written++] = Replacement;
        var intermediates = value[(start + 1)..end];
        if (DesignatesG1(intermediates))
        {
            g1 = s_unknown;
        }
        else if (DesignatesG0(intermediates))
        {
            g0 = s_unknown;
        }
        return end + 1;
    }

    // ISO 2022: '(' ',' designate G0, ')' '-' G1 ('.' '/' G2/G3, which DICOM does not use; treated as G1 so
    // their bytes are not mistaken for text); '$' prefixes the multi-byte forms, where "$" alone means G0.
    private static bool DesignatesG0(ReadOnlySpan<byte> intermediates) =>
        intermediates.Length > 0 && (intermediates[^1] is (byte)'(' or (byte)',' || (intermediates.Length == 1 && intermediates[0] == '$'));

    private static bool DesignatesG1(ReadOnlySpan<byte> intermediates) =>
        intermediates.Length > 0 && intermediates[^1] is (byte)')' or (byte)'-' or (byte)'.' or (byte)'/';
}

using System;
using System.Collections.Generic;
using System.Text;

namespace DicomTyped.Dicom.Charsets;

/// <summary>
/// Builds code element tables from the code pages of <see cref="CodePagesEncodingProvider"/>.
/// </summary>
/// <remarks>
/// The provider is asked directly rather than registered with <see cref="Encoding.RegisterProvider"/>,
/// so reading a DICOM file does not change which encodings the rest of the process sees.
/// The .NET code pages were checked cell by cell against Python's codecs (which pydicom uses);
/// where they differ, the overrides below say why.
/// </remarks>
internal static class CodePageTables
{
    public static Encoding Get(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));

    /// <summary>A 96-character G1 set: the upper half (0xA0-0xFF) of an ISO 8859 code page.</summary>
    public static CodeTable Upper96(int codePage, IReadOnlyDictionary<int, char>? overrides = null)
    {
        var encoding = Get(codePage);
        var forward = NewTable(96);
        Span<byte> one = stackalloc byte[1];
        Span<char> chars = stackalloc char[4];
        for (var code = 0x20; code <= 0x7F; code++)
        {
            one[0] = (byte)(code | 0x80);
            var count = encoding.GetChars(one, chars);
            forward[code - 0x20] = count == 1 ? Defined(chars[0]) : '\uFFFD';
        }
        if (overrides is not null)
        {
            foreach (var (b, c) in overrides)
            {
                forward[(b & 0x7F) - 0x20] = c;
            }
        }
        return new CodeTable(1, forward);
    }

    /// <summary>A 96-position G1 table filled from contiguous Unicode ranges (used where no ISO code page exists).</summary>
    public static CodeTable Ranges(params (int FirstByte, int LastByte, char FirstChar)[] ranges)
    {
        var forward = NewTable(96);
        foreach (var (firstByte, lastByte, firstChar) in ranges)
        {
            for (var b = firstByte; b <= lastByte; b++)
            {
                forward[(b & 0x7F) - 0x20] = (char)(firstChar + (b - firstByte));
            }
        }
        return new CodeTable(1, forward);
    }

    /// <summary>
    /// A 94x94 set read through a code page, given how a 7-bit (row, cell) pair is written in that code page.
    /// </summary>
    public static CodeTable Double(
        int codePage,
        Func<int, int, byte[]> toCodePageBytes,
        Func<int, int, bool> isInSet,
        IReadOnlyDictionary<int, char>? decodeOverrides = null,
        IReadOnlyDictionary<char, int>? encodeOnly = null)
    {
        var encoding = Get(codePage);
        var forward = NewTable(94 * 94);
        Span<char> chars = stackalloc char[4];
        for (var row = 0x21; row <= 0x7E; row++)
        {
            for (var cell = 0x21; cell <= 0x7E; cell++)
            {
                if (!isInSet(row, cell))
                {
                    continue;
                }
                var count = encoding.GetChars(toCodePageBytes(row, cell), chars);
                forward[(row - 0x21) * 94 + cell - 0x21] = count == 1 ? Defined(chars[0]) : '\uFFFD';
            }
        }
        if (decodeOverrides is not null)
        {
            foreach (var (code, c) in decodeOverrides)
            {
                forward[((code >> 8) - 0x21) * 94 + (code & 0xFF) - 0x21] = c;
            }
        }
        return new CodeTable(2, forward, encodeOnly);
    }

    private static char[] NewTable(int length)
    {
        var table = new char[length];
        Array.Fill(table, '\uFFFD');
        return table;
    }

    // Windows code pages fill their unassigned positions with private-use characters; those are not
    // characters of the ISO set, so they decode as U+FFFD and can never be produced by encoding.
    private static char Defined(char c) => c is >= '\uE000' and <= '\uF8FF' ? '\uFFFD' : c;
}

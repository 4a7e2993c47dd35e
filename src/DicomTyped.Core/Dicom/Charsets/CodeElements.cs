using System.Collections.Generic;

namespace DicomTyped.Dicom.Charsets;

/// <summary>The code elements of PS3.3 C.12.1.1.2 that DicomTyped knows, with their escape sequences (tables C.12-3/C.12-4).</summary>
internal static class CodeElements
{
    private const byte Esc = 0x1B;

    /// <summary>ISO-IR 6, the default repertoire (ASCII), ESC ( B.</summary>
    public static readonly CodeElement Ascii = new(
        "ISO-IR 6 (ASCII)", CodeElementSlot.G0, 1, [Esc, (byte)'(', (byte)'B'], SelfTable, isAsciiCompatible: true);

    /// <summary>
    /// ISO-IR 14, JIS X 0201 romaji, ESC ( J. Read and written as ASCII: 0x5C is also the DICOM value
    /// delimiter, so reading it as YEN SIGN (as a strict JIS X 0201 table would) would break value
    /// splitting; pydicom does the same.
    /// </summary>
    public static readonly CodeElement JisRoman = new(
        "ISO-IR 14 (JIS X 0201 romaji)", CodeElementSlot.G0, 1, [Esc, (byte)'(', (byte)'J'], SelfTable, isAsciiCompatible: true);

    /// <summary>ISO-IR 13, JIS X 0201 katakana (half-width), ESC ) I.</summary>
    public static readonly CodeElement Katakana = new(
        "ISO-IR 13 (JIS X 0201 katakana)", CodeElementSlot.G1, 1, [Esc, (byte)')', (byte)'I'],
        () => CodePageTables.Ranges((0xA1, 0xDF, '\uFF61')));

    public static readonly CodeElement Latin1 = Upper96("ISO-IR 100 (ISO 8859-1, Latin-1)", 'A', 28591);
    public static readonly CodeElement Latin2 = Upper96("ISO-IR 101 (ISO 8859-2, Latin-2)", 'B', 28592);
    public static readonly CodeElement Latin3 = Upper96("ISO-IR 109 (ISO 8859-3, Latin-3)", 'C', 28593);
    public static readonly CodeElement Latin4 = Upper96("ISO-IR 110 (ISO 8859-4, Latin-4)", 'D', 28594);
    public static readonly CodeElement Cyrillic = Upper96("ISO-IR 144 (ISO 8859-5, Cyrillic)", 'L', 28595);
    public static readonly CodeElement Arabic = Upper96("ISO-IR 127 (ISO 8859-6, Arabic)", 'G', 28596);

    // .NET's 28597 follows ISO 8859-7:1987 for the quotes and lacks the 2003 additions; Python (and so pydicom)
    // and glibc use the 2003 table, which this matches so that both read the same text.
    public static readonly CodeElement Greek = Upper96("ISO-IR 126 (ISO 8859-7, Greek)", 'F', 28597,
        new Dictionary<int, char> { [0xA1] = '\u2018', [0xA2] = '\u2019', [0xA4] = '\u20AC', [0xA5] = '\u20AF', [0xAA] = '\u037A' });

    // .NET's 28598 reads 0xAF as OVERLINE and lacks LRM/RLM; ISO 8859-8:1999 (Python, glibc) has MACRON and the marks.
    public static readonly CodeElement Hebrew = Upper96("ISO-IR 138 (ISO 8859-8, Hebrew)", 'H', 28598,
        new Dictionary<int, char> { [0xAF] = '\u00AF', [0xFD] = '\u200E', [0xFE] = '\u200F' });

    public static readonly CodeElement Latin5 = Upper96("ISO-IR 148 (ISO 8859-9, Latin-5)", 'M', 28599);
    public static readonly CodeElement Latin9 = Upper96("ISO-IR 203 (ISO 8859-15, Latin-9)", 'b', 28605);

    // .NET has only windows-874 for Thai, which adds Windows punctuation in 0x80-0x9F; TIS 620 itself is two
    // contiguous runs of the Thai block, so it is built directly.
    public static readonly CodeElement Thai = new(
        "ISO-IR 166 (TIS 620-2533, Thai)", CodeElementSlot.G1, 1, [Esc, (byte)'-', (byte)'T'],
        () => CodePageTables.Ranges((0xA1, 0xDA, '\u0E01'), (0xDF, 0xFB, '\u0E3F')));

    /// <summary>ISO-IR 87, JIS X 0208 kanji, ESC $ B into G0; read through EUC-JP (20932), whose 2-byte form is the 7-bit code | 0x8080.</summary>
    public static readonly CodeElement JisX0208 = new(
        "ISO-IR 87 (JIS X 0208)", CodeElementSlot.G0, 2, [Esc, (byte)'$', (byte)'B'],
        () => CodePageTables.Double(20932, (r, c) => [(byte)(r | 0x80), (byte)(c | 0x80)],
            // Rows 9-15 and 85+ hold NEC/IBM vendor extensions in 20932, not JIS X 0208 characters.
            (r, _) => r is (>= 0x21 and <= 0x28) or (>= 0x30 and <= 0x74)));

    /// <summary>
    /// ISO-IR 159, JIS X 0212 supplementary kanji, ESC $ ( D into G0. Windows' EUC-JP (20932) does not
    /// read the 3-byte 0x8F form; it writes JIS X 0212 as lead | 0x80 with the trail byte left 7-bit.
    /// </summary>
    public static readonly CodeElement JisX0212 = new(
        "ISO-IR 159 (JIS X 0212)", CodeElementSlot.G0, 2, [Esc, (byte)'$', (byte)'(', (byte)'D'],
        () => CodePageTables.Double(20932, (r, c) => [(byte)(r | 0x80), (byte)c],
            (r, _) => r is 0x22 or 0x26 or 0x27 or 0x29 or 0x2A or 0x2B or (>= 0x30 and <= 0x6D),
            // The two JIS X 0212 characters 20932 does not map, as in the Unicode JIS0212 table.
            decodeOverrides: new Dictionary<int, char> { [0x2237] = '~', [0x2271] = '\u2116' }));

    /// <summary>ISO-IR 149, KS X 1001, ESC $ ) C into G1; read through code page 949 (a superset of EUC-KR in 0xA1-0xFE).</summary>
    public static readonly CodeElement KsX1001 = new(
        "ISO-IR 149 (KS X 1001)", CodeElementSlot.G1, 2, [Esc, (byte)'$', (byte)')', (byte)'C'],
        () => CodePageTables.Double(949, (r, c) => [(byte)(r | 0x80), (byte)(c | 0x80)], (_, _) => true));

    /// <summary>ISO-IR 58, GB 2312, ESC $ ) A into G1; read through code page 936 (GBK, a superset of EUC-CN).</summary>
    public static readonly CodeElement Gb2312 = new(
        "ISO-IR 58 (GB 2312)", CodeElementSlot.G1, 2, [Esc, (byte)'$', (byte)')', (byte)'A'],
        () => CodePageTables.Double(936, (r, c) => [(byte)(r | 0x80), (byte)(c | 0x80)], IsGb2312,
            // 936 reads A1A4/A1AA as U+00B7/U+2014 (as GB18030 does); Python's gb2312 uses U+30FB/U+2015.
            // Decode follows 936 so GB 2312 and GB18030 text agree; encode accepts both spellings.
            encodeOnly: new Dictionary<char, int> { ['\u30FB'] = 0x2124, ['\u2015'] = 0x212A }));

    /// <summary>Every code element, for recognising escape sequences.</summary>
    public static readonly CodeElement[] All =
    [
        Ascii, JisRoman, Katakana, Latin1, Latin2, Latin3, Latin4, Cyrillic, Arabic, Greek, Hebrew, Latin5, Latin9, Thai,
        JisX0208, JisX0212, KsX1001, Gb2312,
    ];

    private static CodeElement Upper96(string name, char final, int codePage, IReadOnlyDictionary<int, char>? overrides = null) =>
        new(name, CodeElementSlot.G1, 1, [Esc, (byte)'-', (byte)final], () => CodePageTables.Upper96(codePage, overrides));

    private static CodeTable SelfTable()
    {
        var forward = new char[96];
        for (var i = 0; i < forward.Length; i++)
        {
            forward[i] = (char)(0x20 + i);
        }
        return new CodeTable(1, forward);
    }

    // GB 2312 has rows 1-9 and 16-87; inside them 936 adds GBK characters that are not GB 2312
    // (small roman numerals, vertical forms, a few phonetic letters).
    private static bool IsGb2312(int row, int cell)
    {
        if (row is not ((>= 0x21 and <= 0x29) or (>= 0x30 and <= 0x77)))
        {
            return false;
        }
        var code = (row << 8) | cell;
        return code is not ((>= 0x2221 and <= 0x222A) or (>= 0x2660 and <= 0x266B) or (>= 0x266E and <= 0x2672)
            or 0x2674 or 0x2675 or 0x283B or 0x283D or 0x283E or 0x2840);
    }
}

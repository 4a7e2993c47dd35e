using System;
using System.Collections.Generic;

namespace DicomTyped.Dicom.Charsets;

/// <summary>Which of the two ISO 2022 graphic code elements a character set is designated into.</summary>
internal enum CodeElementSlot
{
    G0,
    G1,
}

/// <summary>
/// One graphic character set of PS3.3 tables C.12-2 to C.12-4 (e.g. ISO-IR 100 in G1, JIS X 0208 in G0),
/// with the escape sequence that designates it and its byte-to-character table.
/// </summary>
/// <remarks>
/// Codes are handled 7-bit: for a G1 set the caller strips the high bit before asking and sets it
/// again after encoding, so one table serves the GL and GR forms alike.
/// </remarks>
internal sealed class CodeElement
{
    private readonly Lazy<CodeTable> _table;

    public CodeElement(string name, CodeElementSlot slot, int width, byte[] designation, Func<CodeTable> buildTable, bool isAsciiCompatible = false)
    {
        Name = name;
        Slot = slot;
        Width = width;
        Designation = designation;
        IsAsciiCompatible = isAsciiCompatible;
        // Tables are built from .NET code pages on first use, so a process that only ever sees
        // Latin-1 never pays for the 94x94 tables.
        _table = new Lazy<CodeTable>(buildTable);
    }

    /// <summary>Human-readable name used in messages, e.g. "ISO-IR 87 (JIS X 0208)".</summary>
    public string Name { get; }

    public CodeElementSlot Slot { get; }

    /// <summary>Bytes per character: 1, or 2 for the 94x94 sets.</summary>
    public int Width { get; }

    /// <summary>The full escape sequence, ESC included.</summary>
    public byte[] Designation { get; }

    /// <summary>True for ISO-IR 6 and ISO-IR 14 (JIS X 0201 romaji): G0 sets in which ASCII text can be written.</summary>
    public bool IsAsciiCompatible { get; }

    /// <summary>Decodes one 7-bit code (single byte, or <c>(first &lt;&lt; 8) | second</c>); U+FFFD when undefined.</summary>
    public char Decode(int code) => _table.Value.Decode(code);

    /// <summary>Finds the 7-bit code of <paramref name="c"/> in this set.</summary>
    public bool TryEncode(char c, out int code) => _table.Value.TryEncode(c, out code);

    public override string ToString() => Name;
}

/// <summary>A forward table (code to char) and its reverse, for one code element.</summary>
internal sealed class CodeTable
{
    private readonly int _first;
    private readonly char[] _forward;
    private readonly Dictionary<char, int> _reverse;
    private readonly int _width;

    /// <param name="width">1: index is the code minus 0x20; 2: index is (row-0x21)*94 + (cell-0x21).</param>
    /// <param name="forward">The decode table, U+FFFD for undefined codes.</param>
    /// <param name="encodeOnly">Extra characters accepted on encode only (alternative Unicode mappings of one code).</param>
    public CodeTable(int width, char[] forward, IReadOnlyDictionary<char, int>? encodeOnly = null)
    {
        _width = width;
        _first = width == 1 ? 0x20 : 0x21;
        _forward = forward;
        _reverse = new Dictionary<char, int>(forward.Length);
        for (var i = 0; i < forward.Length; i++)
        {
            if (forward[i] != '\uFFFD')
            {
                _reverse.TryAdd(forward[i], IndexToCode(i));
            }
        }
        if (encodeOnly is not null)
        {
            foreach (var (c, code) in encodeOnly)
            {
                _reverse.TryAdd(c, code);
            }
        }
    }

    public char Decode(int code)
    {
        int index;
        if (_width == 1)
        {
            index = code - _first;
        }
        else
        {
            int row = (code >> 8) - 0x21, cell = (code & 0xFF) - 0x21;
            if ((uint)row >= 94 || (uint)cell >= 94)
            {
                return '\uFFFD';
            }
            index = row * 94 + cell;
        }
        return (uint)index < (uint)_forward.Length ? _forward[index] : '\uFFFD';
    }

    public bool TryEncode(char c, out int code) => _reverse.TryGetValue(c, out code);

    private int IndexToCode(int index) =>
        _width == 1 ? index + _first : ((index / 94 + 0x21) << 8) | (index % 94 + 0x21);
}

using System;
using System.Collections.Generic;
using System.Text;

namespace DicomTyped.Dicom.Charsets;

/// <summary>How a defined term of (0008,0005) may be used.</summary>
internal enum TermKind
{
    /// <summary>PS3.3 table C.12-2: a single-byte set without code extensions (e.g. ISO_IR 100); value 1 only.</summary>
    SingleByte,

    /// <summary>Tables C.12-3/C.12-4: "ISO 2022 ..." terms, which may be combined.</summary>
    Iso2022,

    /// <summary>Table C.12-5: ISO_IR 192, GB18030, GBK; these exclude code extensions.</summary>
    StandAlone,
}

/// <summary>One defined term of Specific Character Set and what it designates.</summary>
internal sealed class DefinedTerm
{
    private DefinedTerm(string name, TermKind kind, CodeElement? g0, CodeElement? g1, Func<Encoding>? standAlone = null)
    {
        Name = name;
        Kind = kind;
        G0 = g0;
        G1 = g1;
        StandAlone = standAlone;
    }

    public string Name { get; }

    public TermKind Kind { get; }

    public CodeElement? G0 { get; }

    public CodeElement? G1 { get; }

    /// <summary>The whole-value encoding of a stand-alone term: its encoder throws, its decoder writes U+FFFD.</summary>
    public Func<Encoding>? StandAlone { get; }

    /// <summary>The term with code extensions that designates the same sets ("ISO_IR 100" -> "ISO 2022 IR 100").</summary>
    public DefinedTerm? Iso2022Form { get; private set; }

    public static readonly DefinedTerm DefaultRepertoire = new("ISO_IR 6", TermKind.SingleByte, CodeElements.Ascii, null);

    // Encoders throw (so Encode can name the character), decoders replace (so reading never throws).
    private static readonly Encoding s_utf8 =
        Encoding.GetEncoding(65001, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));

    private static readonly DefinedTerm[] s_all = Build();

    // Keyed by the term with everything but letters and digits removed, upper-case: "ISO_IR 100" -> "ISOIR100".
    // The two families stay apart ("ISOIR100" vs "ISO2022IR100"), so a misspelt separator maps to exactly one term.
    private static readonly Dictionary<string, DefinedTerm> s_byLooseName = BuildLoose();

    /// <summary>Looks up a term exactly as PS3.3 spells it (after trimming the CS padding).</summary>
    public static DefinedTerm? FindExact(string term)
    {
        foreach (var candidate in s_all)
        {
            if (candidate.Name == term)
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Looks up a term ignoring case, spaces, '_' and '-' (common misspellings such as "ISO_IR_100" or "ISO IR 100").</summary>
    public static DefinedTerm? FindLoose(string term) => s_byLooseName.GetValueOrDefault(Loose(term));

    private static DefinedTerm[] Build()
    {
        var terms = new List<DefinedTerm>
        {
            DefaultRepertoire,
            new("ISO 2022 IR 6", TermKind.Iso2022, CodeElements.Ascii, null),
            new("ISO 2022 IR 87", TermKind.Iso2022, CodeElements.JisX0208, null),
            new("ISO 2022 IR 159", TermKind.Iso2022, CodeElements.JisX0212, null),
            new("ISO 2022 IR 149", TermKind.Iso2022, CodeElements.Ascii, CodeElements.KsX1001),
            new("ISO 2022 IR 58", TermKind.Iso2022, CodeElements.Ascii, CodeElements.Gb2312),
            new("ISO_IR 192", TermKind.StandAlone, CodeElements.Ascii, null, () => s_utf8),
            new("GB18030", TermKind.StandAlone, CodeElements.Ascii, null, () => CodePageTables.Get(54936)),
            new("GBK", TermKind.StandAlone, CodeElements.Ascii, null, () => CodePageTables.Get(936)),
        };
        terms[0].Iso2022Form = terms[1];
        void Pair(string number, CodeElement g0, CodeElement g1)
        {
            var plain = new DefinedTerm("ISO_IR " + number, TermKind.SingleByte, g0, g1);
            var extended = new DefinedTerm("ISO 2022 IR " + number, TermKind.Iso2022, g0, g1);
            plain.Iso2022Form = extended;
            terms.Add(plain);
            terms.Add(extended);
        }
        Pair("100", CodeElements.Ascii, CodeElements.Latin1);
        Pair("101", CodeElements.Ascii, CodeElements.Latin2);
        Pair("109", CodeElements.Ascii, CodeElements.Latin3);
        Pair("110", CodeElements.Ascii, CodeElements.Latin4);
        Pair("144", CodeElements.Ascii, CodeElements.Cyrillic);
        Pair("127", CodeElements.Ascii, CodeElements.Arabic);
        Pair("126", CodeElements.Ascii, CodeElements.Greek);
        Pair("138", CodeElements.Ascii, CodeElements.Hebrew);
        Pair("148", CodeElements.Ascii, CodeElements.Latin5);
        Pair("203", CodeElements.Ascii, CodeElements.Latin9);
        Pair("13", CodeElements.JisRoman, CodeElements.Katakana);
        Pair("166", CodeElements.Ascii, CodeElements.Thai);
        return terms.ToArray();
    }

    private static Dictionary<string, DefinedTerm> BuildLoose()
    {
        var map = new Dictionary<string, DefinedTerm>(StringComparer.Ordinal);
        foreach (var term in s_all)
        {
            map.TryAdd(Loose(term.Name), term);
        }
        return map;
    }

    private static string Loose(string term)
    {
        var builder = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }

    public override string ToString() => Name;
}

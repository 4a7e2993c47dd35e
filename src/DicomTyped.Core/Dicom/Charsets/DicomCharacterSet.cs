using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace DicomTyped.Dicom.Charsets;

/// <summary>
/// The character set named by Specific Character Set (0008,0005) (PS3.3 C.12.1.1.2, PS3.5 6.1): turns the bytes
/// of SH, LO, ST, LT, UC, UT and PN values into text and back, including ISO 2022 code extensions
/// (Japanese, Korean, Chinese) and the stand-alone ISO_IR 192 (UTF-8), GB18030 and GBK.
/// </summary>
/// <remarks>
/// <para><b>Unknown or misspelt terms.</b> <see cref="FromSpecificCharacterSet"/> never throws for them, because a
/// file must stay readable when (0008,0005) is wrong: a term that only differs from a defined term in case,
/// spaces, '_' or '-' (e.g. "ISO_IR_100", "ISO IR 100") is read as that term; any other unknown term is
/// replaced by the default repertoire. Each such repair is described in <see cref="Warnings"/>. Callers who
/// want unknown terms to be an error use <see cref="TryFromSpecificCharacterSet"/>, which fails on any warning.</para>
/// <para><b>Reading</b> never throws: bytes that are not valid in the active set, and text after an escape
/// sequence of a set DicomTyped does not know, become U+FFFD up to the next delimiter; the rest of the value is
/// read normally. Escape sequences of known sets are honoured even when (0008,0005) does not declare them.
/// With the default repertoire, bytes 0x80-0xFF are read as ISO 8859-1 (as pydicom does), because files
/// that omit (0008,0005) yet carry Latin-1 names are common.</para>
/// <para><b>Writing</b> throws <see cref="DicomCharacterSetException"/> naming the character and the character set
/// when a character cannot be written. Neither method pads or trims: the caller adds the padding byte of the VR.</para>
/// </remarks>
public sealed class DicomCharacterSet
{
    private readonly DefinedTerm? _standAlone;
    private readonly CodeElement _initialG0;
    private readonly CodeElement? _initialG1;
    private readonly CodeElement? _readingG1;
    private readonly CodeElement[] _candidates;
    private readonly string _name;

    private DicomCharacterSet(IReadOnlyList<string> terms, List<DefinedTerm> resolved, IReadOnlyList<string> warnings)
    {
        Terms = terms;
        Warnings = warnings;
        _name = terms.Count == 0 || (terms.Count == 1 && terms[0].Trim().Length == 0)
            ? "ISO_IR 6 (default repertoire)"
            : string.Join('\\', terms);
        var first = resolved[0];
        _standAlone = first.Kind == TermKind.StandAlone ? first : null;
        // An ISO 2022 IR 87/159 value 1 only adds a set: text still starts in ASCII.
        _initialG0 = first.G0 is { IsAsciiCompatible: true } g0 ? g0 : CodeElements.Ascii;
        _initialG1 = first.G1;
        _readingG1 = first.G1 ?? CodeElements.Latin1;
        var candidates = new List<CodeElement>();
        foreach (var term in resolved)
        {
            foreach (var element in new[] { term.G0, term.G1 })
            {
                if (element is not null && !candidates.Contains(element))
                {
                    candidates.Add(element);
                }
            }
        }
        _candidates = candidates.ToArray();
    }

    /// <summary>The default character repertoire, ISO_IR 6 (ASCII), used when (0008,0005) is absent or empty.</summary>
    public static DicomCharacterSet Default { get; } = new([], [DefinedTerm.DefaultRepertoire], []);

    /// <summary>The (0008,0005) values this character set was made from, as given.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>
    /// What was repaired while reading the terms (misspelt or unknown terms, stand-alone sets combined with code
    /// extensions, ...); empty when (0008,0005) is exactly as PS3.3 defines it.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Makes the character set of the (0008,0005) values, in order; an empty value 1 means the default repertoire.
    /// Never throws for unknown or misspelt terms: see the remarks of <see cref="DicomCharacterSet"/> and <see cref="Warnings"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public static DicomCharacterSet FromSpecificCharacterSet(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || (terms.Count == 1 && string.IsNullOrWhiteSpace(terms[0])))
        {
            return terms.Count == 0 ? Default : new DicomCharacterSet(terms, [DefinedTerm.DefaultRepertoire], []);
        }
        var warnings = new List<string>();
        var resolved = TermResolver.Resolve(terms, warnings);
        return new DicomCharacterSet(terms, resolved, warnings);
    }

    /// <summary>
    /// Like <see cref="FromSpecificCharacterSet"/>, but strict: fails, with a message naming the offending values,
    /// when any value is not a defined term or the combination is not allowed by PS3.3 C.12.1.1.2.
    /// </summary>
    public static bool TryFromSpecificCharacterSet(
        IReadOnlyList<string> terms,
        [NotNullWhen(true)] out DicomCharacterSet? characterSet,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var candidate = FromSpecificCharacterSet(terms);
        if (candidate.Warnings.Count > 0)
        {
            characterSet = null;
            error = string.Join(" ", candidate.Warnings);
            return false;
        }
        characterSet = candidate;
        error = null;
        return true;
    }

    /// <summary>
    /// Decodes a whole element value, which may hold several values separated by '\'; the separators are kept.
    /// VRs not affected by (0008,0005) are read with the default repertoire. Never throws: bad bytes become U+FFFD.
    /// </summary>
    public string Decode(ReadOnlySpan<byte> value, DicomVR vr)
    {
        if (value.IsEmpty)
        {
            return "";
        }
        if (!vr.UsesSpecificCharacterSet)
        {
            return Encoding.Latin1.GetString(value);
        }
        if (_standAlone is not null)
        {
            // Decoded as a whole: a GBK/GB18030 trail byte may be 0x5C, which is not a delimiter there.
            return _standAlone.StandAlone!().GetString(value);
        }
        if (_initialG0 == CodeElements.Ascii && Ascii.IsValid(value) && !value.Contains((byte)0x1B))
        {
            return Encoding.ASCII.GetString(value);
        }
        return Iso2022Decoder.Decode(value, _initialG0, _readingG1, new Delimiters(vr));
    }

    /// <summary>Encodes a whole element value ('\' separates values), without padding.</summary>
    /// <exception cref="DicomCharacterSetException">A character cannot be written in this character set (or, for VRs
    /// not affected by (0008,0005), in the default repertoire); the message names the character and the set.</exception>
    public byte[] Encode(string value, DicomVR vr)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!vr.UsesSpecificCharacterSet)
        {
            var bad = value.AsSpan().IndexOfAnyExceptInRange('\0', '\x7F');
            return bad < 0
                ? Encoding.ASCII.GetBytes(value)
                : throw Iso2022Encoder.Unencodable(value, bad, $"ISO_IR 6 (default repertoire, which VR {vr} always uses)");
        }
        if (_standAlone is not null)
        {
            try
            {
                return _standAlone.StandAlone!().GetBytes(value);
            }
            catch (EncoderFallbackException e)
            {
                throw new DicomCharacterSetException(Iso2022Encoder.Unencodable(value, e.Index, _name).Message, e);
            }
        }
        if (_initialG0 == CodeElements.Ascii && Ascii.IsValid(value) && !value.Contains('\x1B'))
        {
            return Encoding.ASCII.GetBytes(value);
        }
        return Iso2022Encoder.Encode(value, _initialG0, _initialG1, _candidates, new Delimiters(vr), _name);
    }

    /// <summary>The terms joined by '\', as (0008,0005) is written.</summary>
    public override string ToString() => _name;
}

using System;
using System.Collections.Generic;
using System.Text;

namespace DicomTyped.Dicom.Charsets;

/// <summary>
/// Placeholder for the specific character set engine (PS3.5 6.1): ASCII/Latin-1 and UTF-8 only.
/// The charset work replaces this file with the full engine behind the same API.
/// </summary>
public sealed class DicomCharacterSet
{
    private readonly Encoding _encoding;

    private DicomCharacterSet(Encoding encoding) => _encoding = encoding;

    /// <summary>The default repertoire; decoded as Latin-1 so that no byte is lost.</summary>
    public static DicomCharacterSet Default { get; } = new(Encoding.Latin1);

    /// <summary>The character set named by the values of Specific Character Set (0008,0005).</summary>
    public static DicomCharacterSet FromSpecificCharacterSet(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var term in terms)
        {
            if (term.Trim() == "ISO_IR 192")
            {
                return new DicomCharacterSet(Encoding.UTF8);
            }
        }
        return Default;
    }

    /// <summary>Decodes a value of the given VR.</summary>
    public string Decode(ReadOnlySpan<byte> value, DicomVR vr) =>
        vr.UsesSpecificCharacterSet ? _encoding.GetString(value) : Encoding.Latin1.GetString(value);

    /// <summary>Encodes a value of the given VR (without padding).</summary>
    public byte[] Encode(string value, DicomVR vr) =>
        vr.UsesSpecificCharacterSet ? _encoding.GetBytes(value) : Encoding.Latin1.GetBytes(value);
}

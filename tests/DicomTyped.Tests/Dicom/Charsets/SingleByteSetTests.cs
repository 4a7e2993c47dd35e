using System;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Charsets;
using Xunit;

namespace DicomTyped.Tests.Dicom.Charsets;

public class SingleByteSetTests
{
    /// <summary>Characters specific to each set, with the bytes the ISO 8859 / TIS 620 / JIS X 0201 tables give them.</summary>
    public static TheoryData<string, string, string> Samples => new()
    {
        { "ISO_IR 100", "Buc^Jérôme", "42 75 63 5E 4A E9 72 F4 6D 65" },
        { "ISO_IR 100", "Äneas^Rüdiger", "C4 6E 65 61 73 5E 52 FC 64 69 67 65 72" },
        { "ISO_IR 101", "Dvořák^Łukasz", "44 76 6F F8 E1 6B 5E A3 75 6B 61 73 7A" },
        { "ISO_IR 109", "Ħal Għaxaq", "A1 61 6C 20 47 B1 61 78 61 71" },
        { "ISO_IR 110", "Šķēle", "A9 F3 BA 6C 65" },
        { "ISO_IR 144", "Люкceмбypг", "BB EE DA 63 65 DC D1 79 70 D3" },
        { "ISO_IR 127", "قباني^لنزار", "E2 C8 C7 E6 EA 5E E4 E6 D2 C7 D1" },
        { "ISO_IR 126", "Διονυσιος", "C4 E9 EF ED F5 F3 E9 EF F2" },
        { "ISO_IR 138", "שרון^דבורה", "F9 F8 E5 EF 5E E3 E1 E5 F8 E4" },
        { "ISO_IR 148", "Işık^Gül", "49 FE FD 6B 5E 47 FC 6C" },
        { "ISO_IR 203", "€ Œuvre", "A4 20 BC 75 76 72 65" },
        { "ISO_IR 166", "สมชาย^ใจดี", "CA C1 AA D2 C2 5E E3 A8 B4 D5" },
        { "ISO_IR 13", "ﾔﾏﾀﾞ^ﾀﾛｳ", "D4 CF C0 DE 5E C0 DB B3" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Decode_reads_the_characters_of_the_set(string term, string text, string hex)
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet([term]);

        Assert.Equal(text, charset.Decode(Convert.FromHexString(hex.Replace(" ", "")), DicomVR.PN));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Encode_writes_the_bytes_of_the_set(string term, string text, string hex)
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet([term]);

        Assert.Equal(hex.Replace(" ", ""), Convert.ToHexString(charset.Encode(text, DicomVR.PN)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_iso_2022_form_switches_g1_with_its_escape_sequence(string term, string text, string hex)
    {
        _ = hex;
        if (term == "ISO_IR 13")
        {
            return; // its G0 (JIS X 0201 romaji) differs from ASCII, so it is covered by the Japanese examples
        }
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 100", term.Replace("ISO_IR", "ISO 2022 IR")]);
        var value = "Grüße\\" + text + "\\Grüße";

        var bytes = charset.Encode(value, DicomVR.LO);

        Assert.Equal(value, charset.Decode(bytes, DicomVR.LO));
        Assert.Empty(charset.Warnings);
    }

    [Fact]
    public void Latin1_and_cyrillic_alternate_within_one_value()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 100", "ISO 2022 IR 144"]);

        var bytes = charset.Encode("é Ж é", DicomVR.LO);

        // é is in the initial G1; Ж needs ESC - L; the second é needs ESC - A again.
        Assert.Equal("E9201B2D4CB6201B2D41E9", Convert.ToHexString(bytes));
        Assert.Equal("é Ж é", charset.Decode(bytes, DicomVR.LO));
    }

    [Fact]
    public void Every_byte_of_a_96_character_set_round_trips()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 100"]);
        var all = new byte[96];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (byte)(0xA0 + i);
        }

        var text = charset.Decode(all, DicomVR.LT);

        Assert.Equal(all, charset.Encode(text, DicomVR.LT));
    }

    [Fact]
    public void Thai_reads_tis_620_not_windows_874()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 166"]);

        // 0xDB is unassigned in TIS 620 (windows-874 gives it a private-use character).
        Assert.Equal("ก\uFFFD฿", charset.Decode([0xA1, 0xDB, 0xDF], DicomVR.LO));
    }

    [Fact]
    public void Greek_and_hebrew_follow_the_current_iso_tables()
    {
        Assert.Equal("\u2018\u2019", DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 126"]).Decode([0xA1, 0xA2], DicomVR.LO));
        Assert.Equal("\u00AF", DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 138"]).Decode([0xAF], DicomVR.LO));
    }
}

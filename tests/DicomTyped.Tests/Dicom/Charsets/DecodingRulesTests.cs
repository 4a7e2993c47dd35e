using System;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Charsets;
using Xunit;

namespace DicomTyped.Tests.Dicom.Charsets;

public class DecodingRulesTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    [Fact]
    public void The_default_repertoire_reads_high_bytes_as_latin1()
    {
        Assert.Equal("Müller", DicomCharacterSet.Default.Decode(Hex("4D FC 6C 6C 65 72"), DicomVR.PN));
    }

    [Fact]
    public void Vrs_without_character_set_ignore_the_specific_character_set()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 192"]);

        Assert.Equal("1.2.840", charset.Decode("1.2.840"u8, DicomVR.UI));
        Assert.Equal("ABC", System.Text.Encoding.ASCII.GetString(charset.Encode("ABC", DicomVR.CS)));
    }

    [Fact]
    public void Backslash_resets_g1_between_values()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 100", "ISO 2022 IR 144"]);

        // After '\' G1 is Latin-1 again, so 0xE9 is é, not щ.
        Assert.Equal("Ж\\é", charset.Decode(Hex("1B 2D 4C B6 5C E9"), DicomVR.LO));
    }

    [Fact]
    public void Backslash_is_text_in_lt_and_does_not_reset()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 100", "ISO 2022 IR 144"]);

        Assert.Equal("Ж\\щ", charset.Decode(Hex("1B 2D 4C B6 5C E9"), DicomVR.LT));
    }

    [Fact]
    public void Caret_resets_only_in_person_names()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 149"]);
        var bytes = Hex("1B 24 29 43 B1 E6 5E B1 E6");

        Assert.Equal("길^\u00B1\u00E6", charset.Decode(bytes, DicomVR.PN));
        Assert.Equal("길^길", charset.Decode(bytes, DicomVR.LO));
    }

    [Fact]
    public void Line_breaks_reset_in_text()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 100", "ISO 2022 IR 144"]);

        Assert.Equal("Ж\r\né\té", charset.Decode(Hex("1B 2D 4C B6 0D 0A E9 09 1B 2D 4C 1B 2D 41 E9"), DicomVR.LT));
    }

    [Fact]
    public void Multi_valued_gbk_keeps_a_trail_byte_0x5C_inside_its_character()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["GBK"]);
        // 0x815C is a GBK character whose trail byte is '\'; the second '\' separates values.
        var text = charset.Decode(Hex("81 5C 5C 41"), DicomVR.LO);

        Assert.Equal(2, text.Split('\\').Length);
        Assert.Equal(Hex("81 5C 5C 41"), charset.Encode(text, DicomVR.LO));
    }

    [Fact]
    public void Japanese_jis_x_0212_round_trips()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87", "ISO 2022 IR 159"]);

        // 丂 (U+4E02) is in JIS X 0212 (0x3021) but not JIS X 0208.
        var bytes = charset.Encode("山丂", DicomVR.LO);

        Assert.Equal("1B24423B331B24284430211B2842", Convert.ToHexString(bytes));
        Assert.Equal("山丂", charset.Decode(bytes, DicomVR.LO));
    }

    [Fact]
    public void Ascii_inside_kanji_returns_to_g0_of_value_1()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 13", "ISO 2022 IR 87"]);

        var bytes = charset.Encode("山A", DicomVR.LO);

        Assert.Equal("1B24423B331B284A41", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Known_escapes_are_read_even_when_not_declared()
    {
        Assert.Equal("길", DicomCharacterSet.Default.Decode(Hex("1B 24 29 43 B1 E6"), DicomVR.PN));
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Assert.Equal("", DicomCharacterSet.Default.Decode([], DicomVR.PN));
        Assert.Empty(DicomCharacterSet.Default.Encode("", DicomVR.PN));
    }

    [Fact]
    public void Long_values_decode_past_the_stack_buffer()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87"]);
        var text = new string('山', 400) + "^" + new string('A', 300);

        Assert.Equal(text, charset.Decode(charset.Encode(text, DicomVR.PN), DicomVR.PN));
    }
}

using System;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Charsets;
using Xunit;

namespace DicomTyped.Tests.Dicom.Charsets;

public class BadInputTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    [Fact]
    public void Invalid_utf8_reads_as_replacement_characters()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 192"]);

        Assert.Equal("a\uFFFDb", charset.Decode(Hex("61 FF 62"), DicomVR.LO));
    }

    [Fact]
    public void A_broken_korean_pair_reads_as_replacement_and_the_rest_survives()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 149"]);

        // 0xB1 followed by ASCII 'x' is not a KS X 1001 pair; then the valid pair 0xB1E6 (길).
        Assert.Equal("\uFFFDx길", charset.Decode(Hex("1B 24 29 43 B1 78 B1 E6"), DicomVR.LO));
    }

    [Fact]
    public void A_truncated_kanji_at_the_end_reads_as_replacement()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87"]);

        Assert.Equal("山\uFFFD", charset.Decode(Hex("1B 24 42 3B 33 45"), DicomVR.PN));
    }

    [Fact]
    public void An_unassigned_byte_of_a_single_byte_set_reads_as_replacement()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 127"]);

        // 0xA1 is unassigned in ISO 8859-6.
        Assert.Equal("\uFFFD", charset.Decode(Hex("A1"), DicomVR.LO));
    }

    [Fact]
    public void An_unsupported_escape_sequence_loses_only_its_own_component()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87"]);

        // ESC $ ( Q designates JIS X 0213 plane 1, which DICOM does not define: its two bytes are unreadable,
        // but the '^' delimiter restores ASCII and the rest of the value is read.
        var text = charset.Decode(Hex("41 3D 1B 24 28 51 3B 33 5E 42 1B 24 42 3B 33 1B 28 42"), DicomVR.PN);

        Assert.Equal("A=\uFFFD\uFFFD\uFFFD^B山", text);
    }

    [Fact]
    public void An_unknown_g1_escape_blanks_the_high_bytes_until_the_next_value()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 100"]);

        // ESC - Z is not a set of PS3.3; its high bytes become U+FFFD, ASCII stays readable, '\' resets G1.
        var text = charset.Decode(Hex("1B 2D 5A E9 61 5C E9"), DicomVR.LO);

        Assert.Equal("\uFFFD\uFFFDa\\é", text);
    }

    [Fact]
    public void A_truncated_escape_sequence_reads_as_replacement()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87"]);

        Assert.Equal("ab\uFFFD", charset.Decode(Hex("61 62 1B 24"), DicomVR.LO));
    }

    [Fact]
    public void Encode_of_a_character_outside_the_set_names_the_character_and_the_set()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 100"]);

        var error = Assert.Throws<DicomCharacterSetException>(() => charset.Encode("Jérôme Ж", DicomVR.PN));

        Assert.Contains("'Ж'", error.Message);
        Assert.Contains("U+0416", error.Message);
        Assert.Contains("ISO_IR 100", error.Message);
    }

    [Fact]
    public void Encode_with_code_extensions_names_all_the_terms()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87"]);

        var error = Assert.Throws<DicomCharacterSetException>(() => charset.Encode("山田^홍", DicomVR.PN));

        Assert.Contains("'홍'", error.Message);
        Assert.Contains("\\ISO 2022 IR 87", error.Message);
    }

    [Fact]
    public void Encode_of_non_ascii_in_the_default_repertoire_throws()
    {
        var error = Assert.Throws<DicomCharacterSetException>(() => DicomCharacterSet.Default.Encode("Müller", DicomVR.PN));

        Assert.Contains("'ü'", error.Message);
        Assert.Contains("ISO_IR 6", error.Message);
    }

    [Fact]
    public void Encode_of_non_ascii_in_a_vr_without_character_set_names_the_vr()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 192"]);

        var error = Assert.Throws<DicomCharacterSetException>(() => charset.Encode("Ä", DicomVR.CS));

        Assert.Contains("CS", error.Message);
    }

    [Fact]
    public void Encode_of_an_unpaired_surrogate_in_utf8_throws()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 192"]);

        var error = Assert.Throws<DicomCharacterSetException>(() => charset.Encode("a\uD800b", DicomVR.LO));

        Assert.Contains("lone surrogate", error.Message);
    }

    [Fact]
    public void Encode_of_a_literal_escape_throws()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87"]);

        Assert.Throws<DicomCharacterSetException>(() => charset.Encode("a\u001Bb", DicomVR.LO));
    }
}

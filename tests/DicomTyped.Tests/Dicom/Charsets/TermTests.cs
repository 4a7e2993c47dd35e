using DicomTyped.Dicom;
using DicomTyped.Dicom.Charsets;
using Xunit;

namespace DicomTyped.Tests.Dicom.Charsets;

public class TermTests
{
    [Fact]
    public void Default_is_the_default_repertoire()
    {
        Assert.Empty(DicomCharacterSet.Default.Terms);
        Assert.Empty(DicomCharacterSet.Default.Warnings);
        Assert.Equal("ISO_IR 6 (default repertoire)", DicomCharacterSet.Default.ToString());
    }

    [Theory]
    [InlineData("ISO_IR 100 ")]
    [InlineData("ISO_IR 192")]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    [InlineData("ISO_IR 6")]
    [InlineData("")]
    public void Defined_terms_give_no_warning(string term)
    {
        Assert.True(DicomCharacterSet.TryFromSpecificCharacterSet([term], out var charset, out var error), error);
        Assert.Equal([term], charset.Terms);
    }

    [Theory]
    [InlineData("ISO_IR_100")]
    [InlineData("ISO IR 100")]
    [InlineData("iso_ir 100")]
    [InlineData("ISO-IR 100")]
    public void Misspelt_terms_are_repaired_with_a_warning(string term)
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet([term]);

        Assert.Equal("é", charset.Decode([0xE9], DicomVR.PN));
        var warning = Assert.Single(charset.Warnings);
        Assert.Contains("'ISO_IR 100'", warning);
        Assert.False(DicomCharacterSet.TryFromSpecificCharacterSet([term], out _, out var error));
        Assert.Contains(term, error);
    }

    [Fact]
    public void Unknown_terms_fall_back_to_the_default_repertoire_with_a_warning()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["KLINGON"]);

        Assert.Equal("abc", charset.Decode("abc"u8, DicomVR.PN));
        Assert.Contains("'KLINGON'", Assert.Single(charset.Warnings));
    }

    [Fact]
    public void Stand_alone_sets_drop_code_extensions_with_a_warning()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 192", "ISO 2022 IR 87"]);

        Assert.Equal("王", charset.Decode([0xE7, 0x8E, 0x8B], DicomVR.PN));
        Assert.Contains("code extensions", Assert.Single(charset.Warnings));
    }

    [Fact]
    public void A_plain_term_in_a_multi_valued_set_is_read_as_its_iso_2022_form()
    {
        // Seen in the wild: "ISO_IR 13\ISO 2022 IR 87".
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO_IR 13", "ISO 2022 IR 87"]);

        Assert.Equal(StandardExamples.H32.Text, charset.Decode(StandardExamples.H32.Bytes, DicomVR.PN));
        Assert.Contains("'ISO 2022 IR 13'", Assert.Single(charset.Warnings));
    }

    [Fact]
    public void Multi_valued_with_empty_first_value_and_explicit_ir6_are_equivalent()
    {
        var empty = DicomCharacterSet.FromSpecificCharacterSet(["", "ISO 2022 IR 87"]);
        var explicitIr6 = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 6", "ISO 2022 IR 87"]);

        Assert.Equal(empty.Encode("山田", DicomVR.PN), explicitIr6.Encode("山田", DicomVR.PN));
        Assert.Empty(explicitIr6.Warnings);
    }

    [Fact]
    public void A_multi_byte_set_as_only_value_is_active_from_the_start()
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(["ISO 2022 IR 149"]);

        Assert.Equal("B1E6B5BF", System.Convert.ToHexString(charset.Encode("길동", DicomVR.PN)));
        Assert.Equal("길동", charset.Decode([0xB1, 0xE6, 0xB5, 0xBF], DicomVR.PN));
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Validation;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>Issue 7 §6: the writer refuses what DICOM tools reject, naming the tag, VR and rule (PS3.5 6.2, 7).</summary>
public class Part10WriterValidationTests
{
    private static readonly DicomTag Probe = new(0x00100020);

    internal static DicomDataset Minimal()
    {
        var dataset = new DicomDataset();
        dataset.SetUid(new DicomTag(0x00080016), "1.2.840.10008.5.1.4.1.1.7");
        dataset.SetUid(new DicomTag(0x00080018), "1.2.826.0.1.3680043.8.498.7");
        return dataset;
    }

    // One broken value per row: the text, its VR, and the rule the writer and the setters must name.
    public static TheoryData<string, string, DicomValidationRule> BrokenValues() => new()
    {
        { "LO", new string('A', 65), DicomValidationRule.MaximumLength },
        { "SH", new string('A', 17), DicomValidationRule.MaximumLength },
        { "AE", new string('A', 17), DicomValidationRule.MaximumLength },
        { "CS", "ABCDEFGHIJKLMNOPQ", DicomValidationRule.MaximumLength },
        { "CS", "original", DicomValidationRule.CharacterRepertoire },
        { "CS", "A-B", DicomValidationRule.CharacterRepertoire },
        { "IS", "2147483648", DicomValidationRule.Range },
        { "IS", "-2147483649", DicomValidationRule.Range },
        { "IS", "12a", DicomValidationRule.CharacterRepertoire },
        { "IS", "1234567890123", DicomValidationRule.MaximumLength },
        { "DS", "NaN", DicomValidationRule.NotFinite },
        { "DS", "Infinity", DicomValidationRule.NotFinite },
        { "DS", "-Infinity", DicomValidationRule.NotFinite },
        { "DS", "1e999", DicomValidationRule.NotFinite },
        { "DS", "1,5", DicomValidationRule.CharacterRepertoire },
        { "DS", "12345678901234567", DicomValidationRule.MaximumLength },
        { "SH", "A\r\nB", DicomValidationRule.ControlCharacter },
        { "LO", "line\nbreak", DicomValidationRule.ControlCharacter },
        { "PN", "Doe^John\r", DicomValidationRule.ControlCharacter },
        { "LT", "tab\there", DicomValidationRule.ControlCharacter },
        { "UT", "nul\0inside", DicomValidationRule.ControlCharacter },
        { "PN", "A=B=C=D", DicomValidationRule.PersonNameStructure },
        { "PN", "A^B^C^D^E^F", DicomValidationRule.PersonNameStructure },
        { "PN", new string('N', 65), DicomValidationRule.MaximumLength },
        { "UI", "1.02.3", DicomValidationRule.Syntax },
        { "UI", "1.2.a", DicomValidationRule.Syntax },
        { "UI", "1..2", DicomValidationRule.Syntax },
        { "UI", "1." + new string('2', 63), DicomValidationRule.MaximumLength },
        { "DA", "20241301", DicomValidationRule.Syntax },
        { "DA", "2024-01-01", DicomValidationRule.Syntax },
        { "DA", "2024.01.01", DicomValidationRule.Syntax },
        { "TM", "25", DicomValidationRule.Syntax },
        { "TM", "10:20", DicomValidationRule.Syntax },
        { "TM", "101010.1234567", DicomValidationRule.Syntax },
        { "DT", "2024131", DicomValidationRule.Syntax },
        { "DT", "20240101+2500", DicomValidationRule.Syntax },
        { "AS", "12Y", DicomValidationRule.Syntax },
        { "AS", "012X", DicomValidationRule.Syntax },
        { "ST", new string('s', 1025), DicomValidationRule.MaximumLength },
        { "LT", new string('l', 10241), DicomValidationRule.MaximumLength },
        { "UR", "http://x/a\\b", DicomValidationRule.Backslash },
        { "UR", " http://x/", DicomValidationRule.Syntax },
        { "AE", "STORE\u00C9", DicomValidationRule.CharacterRepertoire },
    };

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public void The_writer_refuses_a_broken_value_naming_tag_vr_and_rule_and_writes_nothing(string vrCode, string text, DicomValidationRule rule)
    {
        var vr = DicomVR.Parse(vrCode);
        var dataset = Minimal();
        dataset.Set(new DicomElement(Probe, vr, Latin1(text, vr)));
        var output = new MemoryStream();
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(output));
        Assert.Equal((Probe, vr, rule), (refused.Tag, refused.VR, refused.Rule));
        Assert.Contains(Probe.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Contains(rule.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public void The_setter_refuses_a_broken_value_with_an_argument_exception_naming_tag_vr_and_rule(string vrCode, string text, DicomValidationRule rule)
    {
        var vr = DicomVR.Parse(vrCode);
        var refused = Assert.Throws<ArgumentException>(() => new DicomDataset().SetString(Probe, vr, text));
        var inner = Assert.IsType<DicomValidationException>(refused.InnerException);
        Assert.Equal((Probe, vr, rule), (inner.Tag, inner.VR, inner.Rule));
        Assert.Contains(rule.ToString(), refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LO", "Mr\\Smith")]
    [InlineData("SH", "A\\B")]
    [InlineData("CS", "A\\B")]
    [InlineData("UC", "one\\two")]
    public void A_setter_value_with_a_backslash_is_refused_rather_than_split_in_two(string vrCode, string text)
    {
        var refused = Assert.Throws<ArgumentException>(() => new DicomDataset().SetString(Probe, DicomVR.Parse(vrCode), text));
        Assert.Equal(DicomValidationRule.Backslash, Assert.IsType<DicomValidationException>(refused.InnerException).Rule);
    }

    [Fact]
    public void A_person_name_with_a_backslash_is_refused_rather_than_becoming_two_names()
    {
        var ds = new DicomDataset();
        var refused = Assert.Throws<ArgumentException>(() => ds.SetPersonNames(new DicomTag(0x00100010), PersonName.FromGroupTexts("Doe\\Smith^John")));
        Assert.Equal(DicomValidationRule.Backslash, Assert.IsType<DicomValidationException>(refused.InnerException).Rule);
        Assert.False(ds.Contains(new DicomTag(0x00100010)));
    }

    [Theory]
    [InlineData(2147483648L)]
    [InlineData(-2147483649L)]
    public void An_integer_string_beyond_its_range_is_refused_by_the_setter(long value)
    {
        var refused = Assert.Throws<ArgumentException>(() => new DicomDataset().SetValues(new DicomTag(0x00200013), DicomVR.IS, value));
        Assert.Equal(DicomValidationRule.Range, Assert.IsType<DicomValidationException>(refused.InnerException).Rule);
    }

    [Fact]
    public void A_fraction_given_as_an_integer_string_is_refused_rather_than_truncated()
    {
        var refused = Assert.Throws<ArgumentException>(() => new DicomDataset().SetValues(new DicomTag(0x00200013), DicomVR.IS, 2.5));
        Assert.Equal(DicomValidationRule.Range, Assert.IsType<DicomValidationException>(refused.InnerException).Rule);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_decimal_string_that_is_not_finite_is_refused_by_the_setter(double value)
    {
        var refused = Assert.Throws<ArgumentException>(() => new DicomDataset().SetValues(new DicomTag(0x00280030), DicomVR.DS, value));
        Assert.Equal(DicomValidationRule.NotFinite, Assert.IsType<DicomValidationException>(refused.InnerException).Rule);
    }

    [Theory]
    [InlineData("US", 3)]
    [InlineData("UL", 6)]
    [InlineData("FD", 12)]
    [InlineData("AT", 2)]
    public void A_binary_value_that_is_not_whole_values_is_refused(string vrCode, int length)
    {
        var vr = DicomVR.Parse(vrCode);
        var dataset = Minimal();
        dataset.Set(new DicomElement(Probe, vr, new byte[length]));
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal(DicomValidationRule.BinaryLength, refused.Rule);
    }

    [Theory]
    [InlineData(0xFFFEE000u)]
    [InlineData(0xFFFEE00Du)]
    [InlineData(0xFFFEE0DDu)]
    public void An_item_or_delimitation_tag_as_an_element_is_refused(uint tag)
    {
        var dataset = Minimal();
        dataset.Set(new DicomElement(new DicomTag(tag), DicomVR.OB, new byte[4]));
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal((new DicomTag(tag), DicomValidationRule.ItemTagAsElement), (refused.Tag, refused.Rule));
        var bySetter = Assert.Throws<ArgumentException>(() => Minimal().SetBytes(new DicomTag(tag), DicomVR.OB, new byte[4]));
        Assert.Equal(DicomValidationRule.ItemTagAsElement, Assert.IsType<DicomValidationException>(bySetter.InnerException).Rule);
    }

    [Fact]
    public void An_sq_given_as_bytes_is_refused_by_the_writer_and_the_setter()
    {
        var sequenceTag = new DicomTag(0x00081140);
        var dataset = Minimal();
        dataset.Set(new DicomElement(sequenceTag, DicomVR.SQ, new byte[] { 0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0 }));
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal((sequenceTag, DicomVR.SQ, DicomValidationRule.SequenceAsBytes), (refused.Tag, refused.VR, refused.Rule));
        var bySetter = Assert.Throws<ArgumentException>(() => Minimal().SetBytes(sequenceTag, DicomVR.SQ, new byte[8]));
        Assert.Equal(DicomValidationRule.SequenceAsBytes, Assert.IsType<DicomValidationException>(bySetter.InnerException).Rule);
    }

    [Fact]
    public void A_file_meta_element_inside_the_data_set_is_refused()
    {
        var dataset = Minimal();
        dataset.SetUid(new DicomTag(0x00020010), "1.2.840.10008.1.2");
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal((new DicomTag(0x00020010), DicomValidationRule.FileMetaGroup), (refused.Tag, refused.Rule));
    }

    [Fact]
    public void A_data_set_element_inside_the_file_meta_information_is_refused()
    {
        var meta = new DicomDataset();
        meta.SetString(new DicomTag(0x00100010), DicomVR.PN, "Doe");
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(meta, Minimal(), TransferSyntax.ExplicitVRLittleEndian).Save(new MemoryStream()));
        Assert.Equal((new DicomTag(0x00100010), DicomValidationRule.FileMetaGroup), (refused.Tag, refused.Rule));
    }

    [Fact]
    public void A_data_set_that_holds_itself_is_refused_by_the_writer_not_a_stack_overflow()
    {
        var dataset = Minimal();
        dataset.Set(new DicomSequence(new DicomTag(0x00081140), [dataset]));
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal((new DicomTag(0x00081140), DicomValidationRule.Cycle), (refused.Tag, refused.Rule));
    }

    [Fact]
    public void A_cycle_through_two_levels_of_items_is_refused_and_names_where_it_closes()
    {
        var dataset = Minimal();
        var item = new DicomDataset();
        var inner = new DicomSequence(new DicomTag(0x00081199), [dataset]);
        item.Set(inner);
        dataset.Set(new DicomSequence(new DicomTag(0x00081140), [item]));
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal((new DicomTag(0x00081199), DicomValidationRule.Cycle), (refused.Tag, refused.Rule));
        Assert.StartsWith("(0008,1140) item 1 > ", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void SetSequence_refuses_a_data_set_that_holds_itself()
    {
        var dataset = Minimal();
        var item = new DicomDataset();
        dataset.SetSequence(new DicomTag(0x00081140), item);
        var refused = Assert.Throws<ArgumentException>(() => item.SetSequence(new DicomTag(0x00081199), dataset));
        Assert.Equal(DicomValidationRule.Cycle, Assert.IsType<DicomValidationException>(refused.InnerException).Rule);
        Assert.Throws<ArgumentException>(() => dataset.SetSequence(new DicomTag(0x00081199), dataset));
    }

    [Fact]
    public void The_same_item_in_two_sequences_is_not_a_cycle()
    {
        var dataset = Minimal();
        var shared = new DicomDataset();
        shared.SetUid(new DicomTag(0x00081155), "1.2.3");
        dataset.SetSequence(new DicomTag(0x00081140), shared, shared);
        dataset.SetSequence(new DicomTag(0x00081199), shared);
        var output = new MemoryStream();
        new DicomFile(dataset).Save(output);
        Assert.Equal(2, DicomFile.Read(output.ToArray()).Dataset.GetSequence(new DicomTag(0x00081140))!.Items.Count);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var dataset = Minimal();
        var current = dataset;
        for (var i = 0; i < 200; i++)
        {
            var item = new DicomDataset();
            current.Set(new DicomSequence(new DicomTag(0x00081140), [item]));
            current = item;
        }
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal(DicomValidationRule.NestingDepth, refused.Rule);
    }

    [Fact]
    public void A_value_inside_an_item_is_refused_with_its_location()
    {
        var dataset = Minimal();
        var item = new DicomDataset();
        item.Set(new DicomElement(new DicomTag(0x00081155), DicomVR.UI, Encoding.ASCII.GetBytes("1.2.x\0")));
        dataset.SetSequence(new DicomTag(0x00081140), new DicomDataset(), item);
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream()));
        Assert.Equal((new DicomTag(0x00081155), DicomValidationRule.Syntax, "(0008,1140) item 2 > "), (refused.Tag, refused.Rule, refused.Location));
    }

    [Fact]
    public void An_unknown_vr_is_refused()
    {
        var dataset = Minimal();
        dataset.Set(new DicomElement(Probe, default, new byte[2]));
        Assert.Equal(DicomValidationRule.UnknownVR, Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream())).Rule);
    }

    [Fact]
    public void A_value_longer_than_the_explicit_vr_length_field_is_refused_even_when_invalid_values_are_allowed()
    {
        var dataset = Minimal();
        dataset.Set(new DicomElement(Probe, DicomVR.LO, Encoding.ASCII.GetBytes(new string('A', 70_000))));
        var options = new DicomWriteOptions { AllowInvalidValues = true };
        var refused = Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream(), options));
        Assert.Equal(DicomValidationRule.LengthField, refused.Rule);
    }

    [Fact]
    public void AllowInvalidValues_writes_the_invalid_value_and_lists_it_in_warnings()
    {
        var dataset = Minimal();
        var value = Encoding.ASCII.GetBytes(new string('L', 70));
        dataset.Set(new DicomElement(Probe, DicomVR.LO, value));
        var output = new MemoryStream();
        var result = new DicomFile(dataset).Save(output, new DicomWriteOptions { AllowInvalidValues = true });
        var warning = Assert.Single(result.Warnings);
        Assert.Contains(Probe.ToString(), warning, StringComparison.Ordinal);
        Assert.Contains(nameof(DicomValidationRule.MaximumLength), warning, StringComparison.Ordinal);
        Assert.Equal(value, DicomFile.Read(output.ToArray()).Dataset[Probe]!.Value.ToArray());
    }

    [Fact]
    public void AllowInvalidValues_does_not_allow_broken_structure()
    {
        var dataset = Minimal();
        dataset.Set(new DicomElement(new DicomTag(0xFFFEE000), DicomVR.OB, new byte[4]));
        Assert.Throws<DicomValidationException>(() => new DicomFile(dataset).Save(new MemoryStream(), new DicomWriteOptions { AllowInvalidValues = true }));
    }

    [Fact]
    public void Invalid_values_read_from_a_file_save_back_unchanged_without_error()
    {
        // A sloppy file from the field: LO over 64 characters, lower-case CS, an IS beyond its range.
        var sloppy = Minimal();
        sloppy.Set(new DicomElement(new DicomTag(0x00081030), DicomVR.LO, Encoding.ASCII.GetBytes(new string('S', 80))));
        sloppy.Set(new DicomElement(new DicomTag(0x00080060), DicomVR.CS, Encoding.ASCII.GetBytes("mr")));
        sloppy.Set(new DicomElement(new DicomTag(0x00200013), DicomVR.IS, Encoding.ASCII.GetBytes("99999999999 ")));
        var original = new MemoryStream();
        new DicomFile(sloppy).Save(original, new DicomWriteOptions { AllowInvalidValues = true });

        var read = DicomFile.Read(original.ToArray());
        read.Dataset.SetString(new DicomTag(0x00100010), DicomVR.PN, "Doe^Jane");
        var again = new MemoryStream();
        var result = read.Save(again);
        Assert.Empty(result.Warnings);
        var reread = DicomFile.Read(again.ToArray()).Dataset;
        Assert.Equal(new string('S', 80), reread.GetString(new DicomTag(0x00081030)));
        Assert.Equal("mr", reread.GetString(new DicomTag(0x00080060)));
    }

    [Fact]
    public void A_read_value_replaced_by_a_caller_is_checked_again()
    {
        var read = DicomFile.Read(File.ReadAllBytes(Part10ReaderTests.PathOf("blue-circle.dcm")));
        var studyDescription = new DicomTag(0x00081030);
        read.Dataset.Set(new DicomElement(studyDescription, DicomVR.LO, Encoding.ASCII.GetBytes(new string('S', 66))));
        var refused = Assert.Throws<DicomValidationException>(() => read.Save(new MemoryStream()));
        Assert.Equal((studyDescription, DicomValidationRule.MaximumLength), (refused.Tag, refused.Rule));
    }

    [Fact]
    public void Character_limits_count_characters_not_bytes_in_a_multi_byte_character_set()
    {
        var dataset = Minimal();
        dataset.SetString(new DicomTag(0x00080005), DicomVR.CS, "ISO_IR 192");
        // 64 characters of two UTF-8 bytes each: 128 bytes, within LO's 64 characters.
        dataset.SetString(new DicomTag(0x00081030), DicomVR.LO, new string('é', 64));
        var output = new MemoryStream();
        new DicomFile(dataset).Save(output);
        Assert.Equal(new string('é', 64), DicomFile.Read(output.ToArray()).Dataset.GetString(new DicomTag(0x00081030)));
        Assert.Throws<ArgumentException>(() => dataset.SetString(new DicomTag(0x00081030), DicomVR.LO, new string('é', 65)));
    }

    [Fact]
    public void A_sloppy_uid_read_from_a_file_is_copied_into_a_new_meta_group_without_error()
    {
        var sloppy = Minimal();
        sloppy.Set(new DicomElement(new DicomTag(0x00080018), DicomVR.UI, Encoding.ASCII.GetBytes("1.2.03\0")));
        var original = new MemoryStream();
        new DicomFile(sloppy).Save(original, new DicomWriteOptions { AllowInvalidValues = true });

        // A new file around the read data set: its meta group takes the SOP Instance UID as it was read.
        var read = DicomFile.Read(original.ToArray());
        var again = new MemoryStream();
        new DicomFile(read.Dataset).Save(again);
        Assert.Equal("1.2.03", DicomFile.Read(again.ToArray()).FileMetaInformation.GetUid(new DicomTag(0x00020003)));
    }

    [Fact]
    public void A_file_with_group_0002_after_its_meta_group_reads_and_saves_back_without_error()
    {
        // Written as (0003,0100) and patched to (0002,0100) after the meta group: a file as some tools make them.
        var dataset = Minimal();
        dataset.Set(new DicomElement(new DicomTag(0x00030100), DicomVR.UI, Encoding.ASCII.GetBytes("1.2.3\0")));
        var bytes = new MemoryStream();
        new DicomFile(dataset).Save(bytes);
        var patched = bytes.ToArray();
        var at = patched.AsSpan().IndexOf(new byte[] { 0x03, 0x00, 0x00, 0x01, (byte)'U', (byte)'I' });
        Assert.True(at > 132);
        patched[at] = 0x02;

        var read = DicomFile.Read(patched);
        var again = new MemoryStream();
        read.Save(again);
        var reread = DicomFile.Read(again.ToArray());
        Assert.False(reread.Dataset.Contains(new DicomTag(0x00020100)));
        Assert.Equal(read.Dataset.Count(e => e.Tag.Group != 0x0002), reread.Dataset.Count);
    }

    [Fact]
    public void Group_0002_that_a_reader_left_inside_the_data_set_is_left_out_on_save_and_named_in_warnings()
    {
        // As a reader that keeps such elements where it found them would hand them over.
        var dataset = Minimal();
        dataset.Set(new DicomElement(new DicomTag(0x00020100), DicomVR.UI, Encoding.ASCII.GetBytes("1.2.3\0")) { IsAsRead = true });
        var output = new MemoryStream();
        var result = new DicomFile(dataset).Save(output);
        Assert.Contains(result.Warnings, w => w.Contains("(0002,0100)", StringComparison.Ordinal));
        Assert.False(DicomFile.Read(output.ToArray()).Dataset.Contains(new DicomTag(0x00020100)));
        Assert.True(dataset.Contains(new DicomTag(0x00020100)), "the caller's data set is not changed by the save");
    }

    // Values of the default repertoire as ASCII, anything else as Latin-1 bytes (which the default repertoire refuses).
    private static byte[] Latin1(string text, DicomVR vr) => DicomValueEncoderPad(Encoding.Latin1.GetBytes(text), vr);

    private static byte[] DicomValueEncoderPad(byte[] bytes, DicomVR vr) =>
        bytes.Length % 2 == 0 ? bytes : [.. bytes, vr.PaddingByte];
}

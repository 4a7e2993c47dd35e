using System;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

public class Part10BadInputTests
{
    private static DicomFile Read(byte[] bytes, DicomReadOptions? options = null) => DicomFile.Read(new MemoryStream(bytes), options);

    [Fact]
    public void A_well_formed_minimal_file_reads()
    {
        var file = Read(DicomBytes.File().Text(0x0010, 0x0010, "PN", "Doe^John").ToArray());
        Assert.Equal("Doe^John", file.Dataset.GetString(new DicomTag(0x00100010)));
    }

    [Theory]
    [InlineData(140)]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(3000)]
    public void A_truncated_file_throws_truncated(int keep)
    {
        var bytes = File.ReadAllBytes(TestData.Extra("layer1_SM_JPEGBaseline_sequences.dcm")).AsSpan(0, keep).ToArray();
        var ex = Assert.Throws<DicomTruncatedException>(() => Read(bytes));
        Assert.Contains("offset", ex.Message);
    }

    [Fact]
    public void A_length_past_the_end_throws_with_offset_and_tag()
    {
        var bytes = DicomBytes.File().Tag(0x0010, 0x0010).Raw("PN"u8.ToArray()).Raw(0x00, 0x10).Raw("Doe"u8.ToArray()).ToArray();
        var ex = Assert.Throws<DicomTruncatedException>(() => Read(bytes));
        Assert.Equal(new DicomTag(0x00100010), ex.Tag);
        Assert.Contains("(0010,0010)", ex.Message);
        Assert.Contains(ex.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message);
    }

    [Fact]
    public void A_gigabyte_length_in_a_small_file_throws_before_allocating()
    {
        var bytes = DicomBytes.File().LongHeader(0x7FE0, 0x0010, "OB", 0xF0000000).Raw(new byte[16]).ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<DicomTruncatedException>(() => Read(bytes));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Fact]
    public void A_gigabyte_length_on_a_non_seekable_stream_is_read_in_bounded_chunks()
    {
        var bytes = DicomBytes.File().LongHeader(0x0009, 0x1010, "OB", 0xF0000000).Raw(new byte[16]).ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<DicomParseException>(() => DicomFile.Read(new NonSeekableStream(new MemoryStream(bytes))));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4 << 20);
    }

    [Fact]
    public void Undefined_length_on_a_text_vr_throws()
    {
        var bytes = DicomBytes.File().LongHeader(0x0018, 0x0015, "UT", 0xFFFFFFFF).Raw(new byte[8]).ToArray();
        var ex = Assert.Throws<DicomParseException>(() => Read(bytes));
        Assert.Contains("Undefined length", ex.Message);
    }

    [Fact]
    public void A_sequence_delimiter_without_a_sequence_throws()
    {
        var bytes = DicomBytes.File().Text(0x0010, 0x0010, "PN", "Doe^").SequenceEnd().ToArray();
        var ex = Assert.Throws<DicomParseException>(() => Read(bytes));
        Assert.Equal(new DicomTag(0xFFFEE0DD), ex.Tag);
    }

    [Fact]
    public void An_item_delimiter_outside_an_item_throws()
    {
        var bytes = DicomBytes.File().ItemEnd().ToArray();
        Assert.Throws<DicomParseException>(() => Read(bytes));
    }

    [Fact]
    public void A_sequence_item_running_past_its_sequence_throws()
    {
        var bytes = DicomBytes.File().LongHeader(0x0008, 0x1140, "SQ", 16).Item(40).Text(0x0008, 0x1150, "UI", "1.2").Raw(new byte[40]).ToArray();
        Assert.Throws<DicomParseException>(() => Read(bytes));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_throws_and_a_higher_limit_accepts_it()
    {
        var b = DicomBytes.File();
        const int depth = 100;
        for (var i = 0; i < depth; i++)
        {
            b.LongHeader(0x0040, 0xA730, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF);
        }
        for (var i = 0; i < depth; i++)
        {
            b.ItemEnd().SequenceEnd();
        }
        var bytes = b.ToArray();
        var ex = Assert.Throws<DicomNestingLimitException>(() => Read(bytes));
        Assert.Equal(64, ex.Limit);
        Assert.Contains("DicomReadOptions.MaxNestingDepth = 64", ex.Message);
        Assert.NotNull(Read(bytes, new DicomReadOptions { MaxNestingDepth = 128 }));
    }

    [Fact]
    public void A_wrong_magic_throws()
    {
        var bytes = DicomBytes.File().ToArray();
        bytes[129] = (byte)'X';
        var ex = Assert.Throws<DicomParseException>(() => Read(bytes));
        Assert.Contains("DICM", ex.Message);
    }

    [Fact]
    public void Garbage_throws()
    {
        var random = new Random(7);
        var bytes = new byte[5000];
        random.NextBytes(bytes);
        Assert.Throws<DicomParseException>(() => Read(bytes));
        Assert.Throws<DicomParseException>(() => Read([]));
        Assert.Throws<DicomParseException>(() => Read([0x08, 0x00]));
    }

    [Fact]
    public void An_invalid_vr_throws_when_strict()
    {
        var bytes = DicomBytes.File().Tag(0x0010, 0x0010).Raw("pn"u8.ToArray()).Raw(2, 0).Raw("AB"u8.ToArray()).ToArray();
        Assert.Throws<DicomParseException>(() => Read(bytes, new DicomReadOptions { Strict = true }));
    }

    [Fact]
    public void Corrupt_deflated_data_throws_a_parse_exception()
    {
        var bytes = DicomBytes.File("1.2.840.10008.1.2.1.99").Raw(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x13).ToArray();
        Assert.ThrowsAny<DicomParseException>(() => Read(bytes));
    }

    [Fact]
    public void Undefined_length_fragment_throws()
    {
        var bytes = DicomBytes.File("1.2.840.10008.1.2.4.50").LongHeader(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Item(0).Item(0xFFFFFFFF).ToArray();
        Assert.Throws<DicomParseException>(() => Read(bytes));
    }

    [Fact]
    public void A_file_without_preamble_starting_with_group_0002_reads()
    {
        var bytes = DicomBytes.File().Text(0x0010, 0x0010, "PN", "Doe^John").ToArray().AsSpan(132).ToArray();
        var file = Read(bytes);
        Assert.Null(file.Preamble);
        Assert.Equal("Doe^John", file.Dataset.GetString(new DicomTag(0x00100010)));
    }

    [Fact]
    public void A_bare_implicit_data_set_starting_with_group_0008_reads()
    {
        var bytes = new DicomBytes().Tag(0x0008, 0x0060).Raw(BitConverter.GetBytes(2u)).Raw("MR"u8.ToArray())
            .Tag(0x0010, 0x0010).Raw(BitConverter.GetBytes(4u)).Raw("Doe^"u8.ToArray()).ToArray();
        var file = Read(bytes);
        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal(DicomVR.PN, file.Dataset.GetElement(new DicomTag(0x00100010)).VR);
        Assert.Equal("MR", file.Dataset.GetString(new DicomTag(0x00080060)));
    }

    [Fact]
    public void Un_with_undefined_length_is_read_as_an_implicit_sequence_and_written_back_identically()
    {
        var bytes = DicomBytes.File().LongHeader(0x0009, 0x1010, "UN", 0xFFFFFFFF).Item(0xFFFFFFFF)
            .Tag(0x0010, 0x0010).Raw(BitConverter.GetBytes(4u)).Raw("Doe^"u8.ToArray()).ItemEnd().SequenceEnd().ToArray();
        var file = Read(bytes);
        var sequence = Assert.IsType<DicomSequence>(file.Dataset.GetElement(new DicomTag(0x00091010)));
        Assert.Equal(DicomVR.UN, sequence.VR);
        Assert.Equal("Doe", sequence.Items[0].GetPersonName(new DicomTag(0x00100010))!.FamilyName);
        var written = new MemoryStream();
        file.Save(written, DicomWriteOptions.SourceTransferSyntax);
        // The writer completes the minimal meta group, so compare the data sets: everything after the meta group.
        var datasetLength = bytes.Length - DicomBytes.File().ToArray().Length;
        Assert.Equal(bytes.AsSpan(bytes.Length - datasetLength).ToArray(), written.ToArray().AsSpan((int)written.Length - datasetLength).ToArray());
    }
}

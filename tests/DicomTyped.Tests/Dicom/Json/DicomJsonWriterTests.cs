using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using System.Text.Json;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using Xunit;

namespace DicomTyped.Tests.Dicom.Json;

public class DicomJsonWriterTests
{
    private static JsonElement Write(DicomDataset dataset, DicomJsonWriterOptions? options = null) =>
        JsonDocument.Parse(DicomJsonWriter.ToUtf8Bytes(dataset, options)).RootElement;

    private static DicomTag T(uint value) => new(value);

    [Fact]
    public void Keys_are_upper_hex_ascending_without_group_lengths_and_vr_comes_first()
    {
        var ds = new DicomDataset();
        ds.SetString(T(0x0020000D), DicomVR.UI, "1.2.3");
        ds.SetValues(T(0x00080000), DicomVR.UL, 12u);
        ds.SetString(T(0x0008103E), DicomVR.LO, "desc");
        ds.SetString(T(0x00100020), DicomVR.LO, "ID");
        var json = Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(ds));
        Assert.Equal("""{"0008103E":{"vr":"LO","Value":["desc"]},"00100020":{"vr":"LO","Value":["ID"]},"0020000D":{"vr":"UI","Value":["1.2.3"]}}""", json);
    }

    [Fact]
    public void Text_vrs_trim_padding_and_write_null_for_empty_values()
    {
        var ds = new DicomDataset();
        ds.SetStrings(T(0x00080008), DicomVR.CS, "ORIGINAL", "", "AXIAL");
        ds.SetString(T(0x00081030), DicomVR.LO, "");
        ds.SetString(T(0x00084000), DicomVR.LT, "line one\\still one  ");
        ds.SetString(T(0x00080020), DicomVR.DA, "20240131");
        ds.SetString(T(0x00080030), DicomVR.TM, "235959.123");
        ds.SetString(T(0x0008002A), DicomVR.DT, "20240131235959+0100");
        ds.SetString(T(0x00081190), DicomVR.UR, "http://x/y ");
        ds.SetString(T(0x00101010), DicomVR.AS, "042Y");
        ds.SetString(T(0x00020016), DicomVR.AE, "AET");
        ds.SetString(T(0x00400280), DicomVR.ST, "st");
        ds.SetString(T(0x00181030), DicomVR.LO, "p");
        ds.SetStrings(T(0x00080019), DicomVR.UC, "uc1", "uc2");
        ds.SetString(T(0x00104000), DicomVR.UT, "ut\\text");
        ds.SetString(T(0x00080050), DicomVR.SH, "ACC");
        var root = Write(ds);
        Assert.Equal("""["ORIGINAL",null,"AXIAL"]""", root.GetProperty("00080008").GetProperty("Value").GetRawText());
        Assert.False(root.GetProperty("00081030").TryGetProperty("Value", out _));
        Assert.Equal("line one\\still one", root.GetProperty("00084000").GetProperty("Value")[0].GetString());
        Assert.Equal("http://x/y", root.GetProperty("00081190").GetProperty("Value")[0].GetString());
        Assert.Equal(2, root.GetProperty("00080019").GetProperty("Value").GetArrayLength());
        Assert.Equal("ut\\text", root.GetProperty("00104000").GetProperty("Value")[0].GetString());
        Assert.Equal("DT", root.GetProperty("0008002A").GetProperty("vr").GetString());
    }

    [Fact]
    public void IS_and_DS_are_numbers_where_valid_json_else_strings_and_option_keeps_strings()
    {
        var ds = new DicomDataset();
        ds.SetStrings(T(0x00200013), DicomVR.IS, "12", "-3", "+5", "007");
        ds.SetStrings(T(0x00280030), DicomVR.DS, "0.5", "1e-3", ".5", "5.", "1.50");
        var root = Write(ds);
        Assert.Equal("""[12,-3,"+5","007"]""", root.GetProperty("00200013").GetProperty("Value").GetRawText());
        Assert.Equal("""[0.5,1e-3,".5","5.",1.50]""", root.GetProperty("00280030").GetProperty("Value").GetRawText());
        var strings = Write(ds, new DicomJsonWriterOptions { WriteNumericStringsAsStrings = true });
        Assert.Equal("""["12","-3","+5","007"]""", strings.GetProperty("00200013").GetProperty("Value").GetRawText());
    }

    [Fact]
    public void Binary_number_vrs_are_numbers_with_edges_and_large_64_bit_values_as_strings()
    {
        var ds = new DicomDataset();
        ds.SetValues(T(0x00280010), DicomVR.US, (ushort)0, ushort.MaxValue);
        ds.SetValues(T(0x00189219), DicomVR.SS, short.MinValue, short.MaxValue);
        ds.SetValues(T(0x00081160), DicomVR.UL, uint.MaxValue);
        ds.SetValues(T(0x00186020), DicomVR.SL, int.MinValue);
        ds.SetValues(T(0x00189087), DicomVR.FD, 0.1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0);
        ds.SetValues(T(0x00460044), DicomVR.FL, 0.1f, float.MaxValue);
        ds.SetValues(T(0x00720082), DicomVR.SV, 1L << 53, -(1L << 53), (1L << 53) + 1, long.MinValue);
        ds.SetValues(T(0x0072007F), DicomVR.UV, 1UL << 53, ulong.MaxValue);
        var root = Write(ds);
        Assert.Equal("[0,65535]", root.GetProperty("00280010").GetProperty("Value").GetRawText());
        Assert.Equal("[-32768,32767]", root.GetProperty("00189219").GetProperty("Value").GetRawText());
        Assert.Equal("[4294967295]", root.GetProperty("00081160").GetProperty("Value").GetRawText());
        Assert.Equal("[-2147483648]", root.GetProperty("00186020").GetProperty("Value").GetRawText());
        Assert.Equal("""[0.1,"NaN","Infinity","-Infinity",-0]""", root.GetProperty("00189087").GetProperty("Value").GetRawText());
        var fl = root.GetProperty("00460044").GetProperty("Value");
        Assert.Equal(0.1f, fl[0].GetSingle());
        Assert.Equal(float.MaxValue, fl[1].GetSingle());
        Assert.Equal("""[9007199254740992,-9007199254740992,"9007199254740993","-9223372036854775808"]""", root.GetProperty("00720082").GetProperty("Value").GetRawText());
        Assert.Equal("""[9007199254740992,"18446744073709551615"]""", root.GetProperty("0072007F").GetProperty("Value").GetRawText());
    }

    [Fact]
    public void PN_is_written_as_component_group_objects_and_AT_as_hex()
    {
        var ds = new DicomDataset();
        ds.SetString(T(0x00080005), DicomVR.CS, "ISO_IR 192");
        ds.SetStrings(T(0x00100010), DicomVR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう", "", "Doe^John==");
        ds.SetTags(T(0x00209165), T(0x00100010), T(0x7FE00010));
        var root = Write(ds);
        var names = root.GetProperty("00100010").GetProperty("Value");
        Assert.Equal("Yamada^Tarou", names[0].GetProperty("Alphabetic").GetString());
        Assert.Equal("山田^太郎", names[0].GetProperty("Ideographic").GetString());
        Assert.Equal("やまだ^たろう", names[0].GetProperty("Phonetic").GetString());
        Assert.Equal(JsonValueKind.Null, names[1].ValueKind);
        Assert.Equal("""{"Alphabetic":"Doe^John"}""", names[2].GetRawText());
        Assert.Equal("""["00100010","7FE00010"]""", root.GetProperty("00209165").GetProperty("Value").GetRawText());
    }

    [Fact]
    public void PN_is_decoded_with_the_character_set_items_inherit()
    {
        var ds = new DicomDataset();
        ds.SetString(T(0x00080005), DicomVR.CS, "ISO_IR 100");
        ds.SetBytes(T(0x00100010), DicomVR.PN, Encoding.Latin1.GetBytes("Müller^Jürgen"));
        var item = new DicomDataset();
        item.SetBytes(T(0x00100010), DicomVR.PN, Encoding.Latin1.GetBytes("Gödel^Kurt"));
        ds.SetSequence(T(0x00081115), item, new DicomDataset());
        var root = Write(ds);
        Assert.Equal("Müller^Jürgen", root.GetProperty("00100010").GetProperty("Value")[0].GetProperty("Alphabetic").GetString());
        var items = root.GetProperty("00081115").GetProperty("Value");
        Assert.Equal("Gödel^Kurt", items[0].GetProperty("00100010").GetProperty("Value")[0].GetProperty("Alphabetic").GetString());
        Assert.Equal("{}", items[1].GetRawText());
    }

    [Fact]
    public void Empty_sequence_has_no_value_and_private_elements_keep_their_creator()
    {
        var ds = new DicomDataset();
        ds.SetSequence(T(0x00081115));
        var privateTag = ds.GetOrAddPrivateTag(0x0029, "ACME 1.0", 0x01);
        ds.SetString(privateTag, DicomVR.LO, "secret");
        var root = Write(ds);
        Assert.Equal("""{"vr":"SQ"}""", root.GetProperty("00081115").GetRawText());
        Assert.Equal("ACME 1.0", root.GetProperty("00290010").GetProperty("Value")[0].GetString());
        Assert.Equal("secret", root.GetProperty("00291001").GetProperty("Value")[0].GetString());
    }

    [Fact]
    public void Binary_vrs_are_inline_base64_or_bulk_data_uri_from_the_callback()
    {
        var ds = new DicomDataset();
        byte[] bytes = [1, 2, 3, 4, 5, 6, 7, 8];
        foreach (var (tag, vr) in new[] { (0x00091001u, DicomVR.OB), (0x00091002u, DicomVR.OD), (0x00091003u, DicomVR.OF), (0x00091004u, DicomVR.OL), (0x00091005u, DicomVR.OV), (0x00091006u, DicomVR.OW), (0x00091007u, DicomVR.UN) })
        {
            ds.SetBytes(T(tag), vr, bytes);
        }
        ds.SetBytes(T(0x00091008), DicomVR.OB, []);
        ds.SetBytes(T(0x7FE00010), DicomVR.OW, bytes);
        var root = Write(ds);
        Assert.Equal(Convert.ToBase64String(bytes), root.GetProperty("00091001").GetProperty("InlineBinary").GetString());
        Assert.Equal("OV", root.GetProperty("00091005").GetProperty("vr").GetString());
        Assert.Equal("""{"vr":"OB"}""", root.GetProperty("00091008").GetRawText());
        var options = new DicomJsonWriterOptions { BulkDataUriProvider = e => e.Tag == T(0x7FE00010) ? "https://pacs/bulk/7FE00010" : null };
        var bulk = Write(ds, options);
        Assert.Equal("""{"vr":"OW","BulkDataURI":"https://pacs/bulk/7FE00010"}""", bulk.GetProperty("7FE00010").GetRawText());
        Assert.True(bulk.GetProperty("00091006").TryGetProperty("InlineBinary", out _));
    }

    [Fact]
    public void Big_endian_words_are_written_little_endian()
    {
        var ds = new DicomDataset();
        ds.Set(new DicomElement(T(0x00091006), DicomVR.OW, new byte[] { 0x12, 0x34, 0x56, 0x78 }, isBigEndian: true));
        ds.Set(new DicomElement(T(0x00280010), DicomVR.US, new byte[] { 0x01, 0x00 }, isBigEndian: true));
        var root = Write(ds);
        Assert.Equal(Convert.ToBase64String([0x34, 0x12, 0x78, 0x56]), root.GetProperty("00091006").GetProperty("InlineBinary").GetString());
        Assert.Equal(256, root.GetProperty("00280010").GetProperty("Value")[0].GetInt32());
    }

    [Fact]
    public void Encapsulated_pixel_data_is_inline_items_without_delimiter()
    {
        var ds = new DicomDataset();
        ds.Set(new DicomFragments(T(0x7FE00010), DicomVR.OB, new byte[] { 0, 0, 0, 0 }, [new DicomFragment(new byte[] { 9, 8, 7 })]));
        var bytes = Convert.FromBase64String(Write(ds).GetProperty("7FE00010").GetProperty("InlineBinary").GetString()!);
        byte[] expected = [0xFE, 0xFF, 0x00, 0xE0, 4, 0, 0, 0, 0, 0, 0, 0, 0xFE, 0xFF, 0x00, 0xE0, 4, 0, 0, 0, 9, 8, 7, 0];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Referenced_values_are_streamed_in_bounded_chunks()
    {
        var payload = new byte[3 * 1024 * 1024 + 7];
        new Random(42).NextBytes(payload);
        using var source = new MemoryStream(payload);
        var ds = new DicomDataset();
        ds.Set(new DicomElement(T(0x7FE00010), DicomVR.OB, new DicomStreamRange(source, 0, payload.Length)));
        var output = new RecordingStream();
        using (var writer = new Utf8JsonWriter(output))
        {
            DicomJsonWriter.Write(writer, ds);
        }
        Assert.True(output.LargestWrite < 256 * 1024, $"largest write {output.LargestWrite}");
        var root = JsonDocument.Parse(output.ToArray()).RootElement;
        Assert.Equal(payload, root.GetProperty("7FE00010").GetProperty("InlineBinary").GetBytesFromBase64());
    }

    [Fact]
    public void Array_form_and_output_are_deterministic()
    {
        var ds = new DicomDataset();
        ds.SetString(T(0x00100020), DicomVR.LO, "A");
        var once = DicomJsonWriter.ToUtf8Bytes([ds, ds]);
        Assert.Equal(once, DicomJsonWriter.ToUtf8Bytes([ds, ds]));
        Assert.Equal("""[{"00100020":{"vr":"LO","Value":["A"]}},{"00100020":{"vr":"LO","Value":["A"]}}]""", Encoding.UTF8.GetString(once));
    }

    /// <summary>Keeps what is written and the size of the largest single write.</summary>
    private sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _inner = new();

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _inner.ToArray();

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _inner.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using Xunit;

namespace DicomTyped.Tests.Dicom.Json;

public class DicomJsonReaderTests
{
    private static DicomTag T(uint value) => new(value);

    private static DicomDataset Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        return DicomJsonReader.ReadDataset(ref reader);
    }

    [Fact]
    public void Every_vr_round_trips_through_json()
    {
        const string json = """
            {"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"00080008":{"vr":"CS","Value":["A",null,"B"]},
             "00080020":{"vr":"DA","Value":["20240131"]},"0008002A":{"vr":"DT","Value":["20240131235959.5+0100"]},
             "00080030":{"vr":"TM","Value":["235959"]},"00080050":{"vr":"SH","Value":["ACC"]},
             "00080019":{"vr":"UC","Value":["x","y"]},"00081190":{"vr":"UR","Value":["http://x/y"]},
             "00100010":{"vr":"PN","Value":[{"Alphabetic":"Yamada^Tarou","Ideographic":"山田^太郎","Phonetic":"やまだ^たろう"},null,{"Alphabetic":"Doe"}]},
             "00101010":{"vr":"AS","Value":["042Y"]},"00104000":{"vr":"UT","Value":["a\\b"]},"00020016":{"vr":"AE","Value":["AET"]},
             "00181030":{"vr":"LO","Value":["p"]},"00400280":{"vr":"ST","Value":["st"]},"00084000":{"vr":"LT","Value":["lt"]},
             "0020000D":{"vr":"UI","Value":["1.2.3"]},"00200013":{"vr":"IS","Value":[12,"-3",null]},
             "00280030":{"vr":"DS","Value":[0.5,"1e-3"]},"00280010":{"vr":"US","Value":[0,65535]},
             "00189219":{"vr":"SS","Value":[-32768,32767]},"00081160":{"vr":"UL","Value":[4294967295]},
             "00186020":{"vr":"SL","Value":[-2147483648]},"00189087":{"vr":"FD","Value":[0.1,"NaN","-Infinity"]},
             "00460044":{"vr":"FL","Value":[0.1]},"00720082":{"vr":"SV","Value":[9007199254740992,"-9223372036854775808"]},
             "0072007F":{"vr":"UV","Value":["18446744073709551615"]},"00209165":{"vr":"AT","Value":["00100010","7FE00010"]},
             "00091001":{"vr":"OB","InlineBinary":"AQID"},"00091002":{"vr":"OD","InlineBinary":"AQIDBAUGBwg="},
             "00091003":{"vr":"OF","InlineBinary":"AQIDBA=="},"00091004":{"vr":"OL","InlineBinary":"AQIDBA=="},
             "00091005":{"vr":"OV","InlineBinary":"AQIDBAUGBwg="},"00091006":{"vr":"OW","InlineBinary":"AQI="},
             "00091007":{"vr":"UN","InlineBinary":"AQI="},"00091008":{"vr":"OB"},
             "00081115":{"vr":"SQ","Value":[{},{"00100020":{"vr":"LO","Value":["in item"]}}]},"00081140":{"vr":"SQ"}}
            """;
        var ds = Read(json);
        Assert.Equal(["A", "", "B"], ds.GetStrings(T(0x00080008)));
        Assert.Equal("Yamada^Tarou=山田^太郎=やまだ^たろう", ds.GetStrings(T(0x00100010))[0]);
        Assert.Equal(["12", "-3", ""], ds.GetStrings(T(0x00200013)));
        Assert.Equal(ushort.MaxValue, ds.GetValue<ushort>(T(0x00280010), 1));
        Assert.Equal(short.MinValue, ds.GetValue<short>(T(0x00189219)));
        Assert.Equal(uint.MaxValue, ds.GetValue<uint>(T(0x00081160)));
        Assert.Equal(int.MinValue, ds.GetValue<int>(T(0x00186020)));
        Assert.True(double.IsNaN(ds.GetValue<double>(T(0x00189087), 1)));
        Assert.Equal(0.1f, ds.GetValue<float>(T(0x00460044)));
        Assert.Equal(long.MinValue, ds.GetValue<long>(T(0x00720082), 1));
        Assert.Equal(ulong.MaxValue, ds.GetValue<ulong>(T(0x0072007F)));
        Assert.Equal([T(0x00100010), T(0x7FE00010)], ds.GetTags(T(0x00209165)));
        Assert.Equal(new byte[] { 1, 2, 3, 0 }, ds.GetBytes(T(0x00091001)).ToArray());
        Assert.Equal(0, ds.GetElement(T(0x00091008)).Length);
        Assert.Equal("in item", ds.GetSequence(T(0x00081115))!.Items[1].GetString(T(0x00100020)));
        Assert.Empty(ds.GetSequence(T(0x00081140))!.Items);
        // Writing the data set back gives the same JSON, apart from the forms the writer normalises.
        var again = JsonDocument.Parse(DicomJsonWriter.ToUtf8Bytes(ds)).RootElement;
        var original = JsonDocument.Parse(json).RootElement;
        foreach (var attribute in original.EnumerateObject())
        {
            var written = again.GetProperty(attribute.Name);
            if (attribute.Name is "00200013" or "00280030" or "00720082" or "00091001")
            {
                continue;
            }
            Assert.Equal(attribute.Value.GetRawText(), written.GetRawText());
        }
        Assert.Equal("""[12,-3,null]""", again.GetProperty("00200013").GetProperty("Value").GetRawText());
        Assert.Equal("""[9007199254740992,"-9223372036854775808"]""", again.GetProperty("00720082").GetProperty("Value").GetRawText());
    }

    [Fact]
    public void Keys_in_any_order_and_vr_after_value_are_accepted()
    {
        var ds = Read("""{"00100020":{"Value":["B"],"vr":"LO"},"00080060":{"Value":[7],"vr":"US"},"00080050":{"vr":"SH","Value":["A"]}}""");
        Assert.Equal([T(0x00080050), T(0x00080060), T(0x00100020)], ToTags(ds));
        Assert.Equal(7, ds.GetValue<int>(T(0x00080060)));
        Assert.Equal("B", ds.GetString(T(0x00100020)));
    }

    [Fact]
    public void Missing_vr_comes_from_the_dictionary_and_unknown_members_are_ignored()
    {
        var ds = Read("""{"00100020":{"Value":["B"],"keyword":"PatientID"}}""");
        Assert.Equal(DicomVR.LO, ds.GetElement(T(0x00100020)).VR);
    }

    [Fact]
    public void Bulk_data_uri_is_kept_as_a_reference_and_written_back()
    {
        var ds = Read("""{"7FE00010":{"vr":"OW","BulkDataURI":"https://pacs/bulk/1"}}""");
        var element = Assert.IsType<DicomJsonBulkDataElement>(ds.GetElement(T(0x7FE00010)));
        Assert.Equal("https://pacs/bulk/1", element.BulkDataUri);
        Assert.Equal(0, element.Length);
        Assert.Equal("""{"7FE00010":{"vr":"OW","BulkDataURI":"https://pacs/bulk/1"}}""", Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(ds)));
    }

    [Fact]
    public void Encapsulated_inline_binary_becomes_fragments()
    {
        var ds = new DicomDataset();
        ds.Set(new DicomFragments(T(0x7FE00010), DicomVR.OB, new byte[] { 0, 0, 0, 0 }, [new DicomFragment(new byte[] { 1, 2 }), new DicomFragment(new byte[] { 3, 4, 5, 6 })]));
        var read = DicomJsonReader.ReadDatasets(DicomJsonWriter.ToUtf8Bytes([ds]))[0];
        var fragments = Assert.IsType<DicomFragments>(read.GetElement(T(0x7FE00010)));
        Assert.Equal(2, fragments.Fragments.Count);
        Assert.Equal(new byte[] { 3, 4, 5, 6 }, fragments.Fragments[1].Data.ToArray());
        Assert.Equal(new uint[] { 0 }, fragments.GetBasicOffsetTable());
    }

    [Fact]
    public void Non_ascii_text_is_utf8_and_sets_iso_ir_192_where_a_character_set_is_named()
    {
        var ds = Read("""{"00080005":{"vr":"CS","Value":["ISO_IR 100"]},"00081115":{"vr":"SQ","Value":[{"00080005":{"vr":"CS","Value":["ISO_IR 100"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Gödel^Kurt"}]}}]}}""");
        Assert.Equal("ISO_IR 192", ds.GetString(T(0x00080005)));
        var item = ds.GetSequence(T(0x00081115))!.Items[0];
        Assert.Equal("ISO_IR 192", item.GetString(T(0x00080005)));
        Assert.Equal("Gödel^Kurt", item.GetString(T(0x00100010)));
        Assert.Equal(Encoding.UTF8.GetBytes("Gödel^Kurt "), item.GetBytes(T(0x00100010)).ToArray());
        var ascii = Read("""{"00080005":{"vr":"CS","Value":["ISO_IR 100"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe"}]}}""");
        Assert.Equal("ISO_IR 100", ascii.GetString(T(0x00080005)));
    }

    [Fact]
    public void Read_datasets_accepts_an_empty_body_and_an_array()
    {
        Assert.Empty(DicomJsonReader.ReadDatasets(""u8));
        Assert.Empty(DicomJsonReader.ReadDatasets(" []"u8));
        Assert.Equal(2, DicomJsonReader.ReadDatasets("""[{},{"00100020":{"vr":"LO","Value":["x"]}}]"""u8).Count);
    }

    [Fact]
    public async Task Async_stream_yields_each_dataset_without_the_whole_array()
    {
        var items = new List<DicomDataset>();
        for (var i = 0; i < 200; i++)
        {
            var ds = new DicomDataset();
            ds.SetString(T(0x00100020), DicomVR.LO, "patient " + i);
            ds.SetBytes(T(0x00091001), DicomVR.OB, new byte[1000]);
            items.Add(ds);
        }
        var json = DicomJsonWriter.ToUtf8Bytes(items);
        var stream = new TricklingStream(json, 777);
        var count = 0;
        await foreach (var ds in DicomJsonReader.ReadDatasetsAsync(stream, CancellationToken.None))
        {
            Assert.Equal("patient " + count, ds.GetString(T(0x00100020)));
            // The reader must have handed this data set over long before the stream was drained.
            if (count == 0)
            {
                Assert.True(stream.Position < json.Length / 4, $"read {stream.Position} of {json.Length} before the first data set");
            }
            count++;
        }
        Assert.Equal(200, count);
        await foreach (var _ in DicomJsonReader.ReadDatasetsAsync(new MemoryStream(), CancellationToken.None))
        {
            Assert.Fail("an empty body has no data sets");
        }
    }

    [Fact]
    public void Records_bridge_turns_raw_attributes_into_a_dataset()
    {
        var reader = new Utf8JsonReader("""{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^Jane"}]},"00280010":{"vr":"US","Value":[512]},"00081115":{"vr":"SQ","Value":[{"00081150":{"vr":"UI","Value":["1.2"]}}]}}"""u8);
        var attributes = DicomJsonAttributes.ReadDataSet(ref reader);
        var ds = DicomJsonReader.ToDataset(attributes);
        Assert.Equal("Doe^Jane", ds.GetString(T(0x00100010)));
        Assert.Equal(512, ds.GetValue<int>(T(0x00280010)));
        Assert.Equal("1.2", ds.GetSequence(T(0x00081115))!.Items[0].GetString(T(0x00081150)));
    }

    private static List<DicomTag> ToTags(DicomDataset ds)
    {
        var tags = new List<DicomTag>();
        foreach (var element in ds)
        {
            tags.Add(element.Tag);
        }
        return tags;
    }

    /// <summary>Hands out at most a few bytes per read, as a slow network would.</summary>
    private sealed class TricklingStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}

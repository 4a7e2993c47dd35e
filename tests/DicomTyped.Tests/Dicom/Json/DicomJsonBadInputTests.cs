using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using Xunit;

namespace DicomTyped.Tests.Dicom.Json;

public class DicomJsonBadInputTests
{
    [Theory]
    [InlineData("""[{"00100020":{"vr":"LO","Value":["x"]}""", null, "")]
    [InlineData("""[{"0010002":{"vr":"LO"}}]""", null, "8 hex digits")]
    [InlineData("""[{"00100020":[]}]""", 0x00100020u, "not an object")]
    [InlineData("""[{"00100020":{"vr":"XX"}}]""", 0x00100020u, "value representation")]
    [InlineData("""[{"00100020":{"vr":"LO","Value":["\uD800"]}}]""", 0x00100020u, "lone surrogate")]
    [InlineData("""[{"00100020":{"vr":7}}]""", 0x00100020u, "value representation")]
    [InlineData("""[{"00100020":{"vr":"LO","Value":"x"}}]""", 0x00100020u, "not an array")]
    [InlineData("""[{"00100020":{"vr":"LO","Value":[1]}}]""", 0x00100020u, "not a string")]
    [InlineData("""[{"00100020":{"vr":"LO","Value":[{}]}}]""", 0x00100020u, "not a string")]
    [InlineData("""[{"00280010":{"vr":"US","Value":[65536]}}]""", 0x00280010u, "range")]
    [InlineData("""[{"00280010":{"vr":"US","Value":[-1]}}]""", 0x00280010u, "range")]
    [InlineData("""[{"00280010":{"vr":"US","Value":[null]}}]""", 0x00280010u, "integer")]
    [InlineData("""[{"00280010":{"vr":"US","Value":["ten"]}}]""", 0x00280010u, "integer")]
    [InlineData("""[{"00189087":{"vr":"FD","Value":[true]}}]""", 0x00189087u, "not a number")]
    [InlineData("""[{"00209165":{"vr":"AT","Value":["0010"]}}]""", 0x00209165u, "8 hex digits")]
    [InlineData("""[{"00100010":{"vr":"PN","Value":[{"Alphabetic":5}]}}]""", 0x00100010u, "component group")]
    [InlineData("""[{"00091001":{"vr":"OB","InlineBinary":"***"}}]""", 0x00091001u, "base64")]
    [InlineData("""[{"00091001":{"vr":"OB","InlineBinary":5}}]""", 0x00091001u, "base64")]
    [InlineData("""[{"00091001":{"vr":"OB","Value":[1]}}]""", 0x00091001u, "InlineBinary or BulkDataURI")]
    [InlineData("""[{"00091001":{"vr":"OB","InlineBinary":"AA==","BulkDataURI":"x"}}]""", 0x00091001u, "more than one")]
    [InlineData("""[{"00091001":{"vr":"OB","BulkDataURI":1}}]""", 0x00091001u, "not a string")]
    [InlineData("""[{"00081115":{"vr":"SQ","Value":[1]}}]""", 0x00081115u, "data set object")]
    [InlineData("""[{"00081115":{"vr":"SQ","Value":{}}}]""", 0x00081115u, "array of items")]
    [InlineData("""[{"00081115":{"vr":"SQ","InlineBinary":"AA=="}}]""", 0x00081115u, "InlineBinary")]
    [InlineData("""[{"00100020":{"vr":"LO"},"00100020":{"vr":"LO"}}]""", 0x00100020u, "twice")]
    [InlineData("""[{"00991000":{"Value":["x"]}}]""", 0x00991000u, "no \"vr\"")]
    [InlineData("""[1]""", null, "data set object")]
    [InlineData("""7""", null, "array")]
    [InlineData("""[{}] x""", null, "")]
    [InlineData("""[{"00100020":{"vr":"LO","Value":["x"]}},]""", null, "")]
    public void Malformed_input_throws_dicom_json_exception_naming_tag_and_position(string json, uint? tag, string problem)
    {
        var ex = Assert.Throws<DicomJsonException>(() => DicomJsonReader.ReadDatasets(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        if (tag is { } expected)
        {
            Assert.Equal(new DicomTag(expected), ex.Tag);
            Assert.Contains("byte", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_rejected()
    {
        var json = new StringBuilder("[");
        for (var i = 0; i <= DicomJsonReader.MaxNestingDepth; i++)
        {
            json.Append("""{"00081115":{"vr":"SQ","Value":[""");
        }
        json.Append("{}");
        for (var i = 0; i <= DicomJsonReader.MaxNestingDepth; i++)
        {
            json.Append("]}}");
        }
        json.Append(']');
        var ex = Assert.Throws<DicomJsonException>(() => DicomJsonReader.ReadDatasets(Encoding.UTF8.GetBytes(json.ToString())));
        Assert.Contains("nest", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_json_nesting_without_sequences_is_rejected_not_a_crash()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        Assert.Throws<DicomJsonException>(() => DicomJsonReader.ReadDatasets(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public async Task Truncated_stream_throws_dicom_json_exception()
    {
        var bytes = Encoding.UTF8.GetBytes("""[{"00100020":{"vr":"LO","Value":["x"]}},{"00100020":{"vr":"LO","Va""");
        var ex = await Assert.ThrowsAsync<DicomJsonException>(async () =>
        {
            await foreach (var _ in DicomJsonReader.ReadDatasetsAsync(new MemoryStream(bytes), CancellationToken.None))
            {
            }
        });
        Assert.Contains("byte", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Mutated_documents_never_escape_as_other_exceptions()
    {
        var ds = new DicomDataset();
        ds.SetString(new DicomTag(0x00080005), DicomVR.CS, "ISO_IR 192");
        ds.SetStrings(new DicomTag(0x00100010), DicomVR.PN, "Doe^John=ドウ");
        ds.SetValues(new DicomTag(0x00280010), DicomVR.US, (ushort)5);
        ds.SetStrings(new DicomTag(0x00280030), DicomVR.DS, "0.5", "1.5");
        var item = new DicomDataset();
        item.SetTags(new DicomTag(0x00209165), new DicomTag(0x00100010));
        ds.SetSequence(new DicomTag(0x00081115), item);
        ds.SetBytes(new DicomTag(0x00091001), DicomVR.OB, [1, 2, 3, 4]);
        var json = DicomJsonWriter.ToUtf8Bytes([ds]);
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var mutated = (byte[])json.Clone();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                mutated[random.Next(mutated.Length)] = (byte)"{}[]\",:0aZ-. \\"[random.Next(14)];
            }
            try
            {
                DicomJsonReader.ReadDatasets(mutated);
            }
            catch (DicomJsonException)
            {
            }
        }
    }
}

using DicomTyped.Dicom.Charsets;
using Xunit;

namespace DicomTyped.Tests.Dicom.Charsets;

public class StandardExampleTests
{
    [Theory]
    [MemberData(nameof(StandardExamples.Cases), MemberType = typeof(StandardExamples))]
    public void Decode_gives_the_text_of_the_standard(StandardExample example)
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(example.Terms);

        var text = charset.Decode(example.Bytes, example.VR);

        Assert.Equal(example.PaddedWithSpace ? example.Text + " " : example.Text, text);
        Assert.Empty(charset.Warnings);
    }

    [Theory]
    [MemberData(nameof(StandardExamples.Cases), MemberType = typeof(StandardExamples))]
    public void Encode_gives_the_bytes_of_the_standard(StandardExample example)
    {
        var charset = DicomCharacterSet.FromSpecificCharacterSet(example.Terms);

        var bytes = charset.Encode(example.Text, example.VR);

        Assert.Equal(System.Convert.ToHexString(example.UnpaddedBytes), System.Convert.ToHexString(bytes));
    }
}

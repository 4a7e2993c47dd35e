using System.IO;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;
using Xunit;

namespace DicomTyped.Tests.Dicom.Json;

/// <summary>
/// Values read from DICOM JSON are data from a source, like values read from a Part 10 file: a sloppy value that read
/// without error saves without error and comes back as it was sent (issue 7 §6, issue 8 §2).
/// </summary>
public class DicomJsonToPart10Tests
{
    private const string Body = """
        [{
          "00080016": {"vr": "UI", "Value": ["1.2.840.10008.5.1.4.1.1.7"]},
          "00080018": {"vr": "UI", "Value": ["1.2.3.4"]},
          "00080030": {"vr": "TM", "Value": ["101010.1234567"]},
          "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^John"}]}
        }]
        """;

    [Fact]
    public void A_time_with_seven_fraction_digits_read_from_json_saves_and_reads_back_unchanged()
    {
        var dataset = DicomJsonReader.ReadDatasets(Encoding.UTF8.GetBytes(Body)).Single();
        using var stream = new MemoryStream();

        new DicomFile(dataset).Save(stream);

        stream.Position = 0;
        Assert.Equal("101010.1234567", DicomFile.Read(stream).Dataset.GetString(DicomTags.StudyTime));
    }

    [Fact]
    public void A_value_set_by_the_caller_over_a_json_value_is_checked_again()
    {
        var dataset = DicomJsonReader.ReadDatasets(Encoding.UTF8.GetBytes(Body)).Single();
        dataset.Set(new DicomElement(DicomTags.StudyTime, DicomVR.TM, Encoding.ASCII.GetBytes("101010.1234567 ")));

        Assert.Throws<DicomTyped.Dicom.Validation.DicomValidationException>(() => new DicomFile(dataset).Save(Stream.Null));
    }
}

using System;
using System.Text;
using System.Text.Json;
using DicomTyped.Dicom.Json;
using Xunit;

namespace DicomTyped.Tests.Records;

/// <summary>DA, TM and DT in the full, partial and legacy forms of PS3.5 6.2; other forms are null with a warning.</summary>
public sealed class DicomJsonValueTextTests
{
    private static T Read<T>(string vr, string value, ReadOne<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($$"""{"vr":"{{vr}}","Value":["{{value}}"]}"""));
        reader.Read();
        var scope = default(DicomJsonRecordScope);
        var result = read(ref reader, 0x00080020u, ref scope);
        Assert.Empty(scope.Warnings());
        return result;
    }

    private static DicomJsonWarning ReadBad<T>(string vr, string value, ReadOne<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($$"""{"vr":"{{vr}}","Value":["{{value}}"]}"""));
        reader.Read();
        var scope = default(DicomJsonRecordScope);
        Assert.Null(read(ref reader, 0x00080020u, ref scope));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        return Assert.Single(scope.Warnings());
    }

    private delegate T ReadOne<T>(ref Utf8JsonReader reader, uint tag, ref DicomJsonRecordScope scope);

    [Theory]
    [InlineData("20200922", 2020, 9, 22)]
    [InlineData("2020.09.22", 2020, 9, 22)]
    [InlineData("20240229", 2024, 2, 29)]
    public void Dates(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Read("DA", text, DicomJsonValueReader.ReadDate));

    [Theory]
    [InlineData("12", 12, 0, 0, 0)]
    [InlineData("1230", 12, 30, 0, 0)]
    [InlineData("123045", 12, 30, 45, 0)]
    [InlineData("123045.5", 12, 30, 45, 5000000)]
    [InlineData("123045.123456", 12, 30, 45, 1234560)]
    [InlineData("12:30:45", 12, 30, 45, 0)]
    public void Times(string text, int h, int m, int s, long fractionTicks) =>
        Assert.Equal(new TimeOnly(h, m, s).Add(TimeSpan.FromTicks(fractionTicks)), Read("TM", text, DicomJsonValueReader.ReadTime));

    [Fact]
    public void Date_times_with_and_without_offset()
    {
        Assert.Equal(new DateTimeOffset(2020, 9, 22, 12, 0, 0, TimeSpan.FromHours(-5)), Read("DT", "20200922120000-0500", DicomJsonValueReader.ReadDateTime));
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), Read("DT", "2020", DicomJsonValueReader.ReadDateTime));
        Assert.Equal(new DateTimeOffset(2020, 9, 22, 12, 30, 0, TimeSpan.FromHours(9)), Read("DT", "202009221230+0900", DicomJsonValueReader.ReadDateTime));
        Assert.Equal(new DateTimeOffset(2020, 9, 22, 12, 30, 1, 500, TimeSpan.Zero), Read("DT", "20200922123001.5", DicomJsonValueReader.ReadDateTime));
    }

    [Theory]
    [InlineData("DA", "20201332")]
    [InlineData("DA", "2020092")]
    [InlineData("TM", "2460")]
    [InlineData("TM", "12.5")]
    [InlineData("DT", "20200922+05")]
    [InlineData("DA", "0")]
    [InlineData("DA", "2024-01-02")]
    [InlineData("TM", "240000")]
    [InlineData("TM", "101530.1234567")]
    public void Bad_forms_are_null_with_a_warning_naming_value_and_vr(string vr, string text)
    {
        var warning = vr switch
        {
            "DA" => ReadBad(vr, text, DicomJsonValueReader.ReadDate),
            "TM" => ReadBad(vr, text, DicomJsonValueReader.ReadTime),
            _ => ReadBad(vr, text, DicomJsonValueReader.ReadDateTime),
        };
        Assert.Equal(text, warning.Value);
        Assert.Contains(vr + " value", warning.Problem, StringComparison.Ordinal);
    }
}

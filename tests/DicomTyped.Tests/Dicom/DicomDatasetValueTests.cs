using System;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using Xunit;

namespace DicomTyped.Tests.Dicom;

public class DicomDatasetValueTests
{
    private static readonly DicomTag T = new(0x00091001);

    private static DicomDataset With(DicomVR vr, string text)
    {
        var dataset = new DicomDataset();
        dataset.Set(new DicomElement(T, vr, Encoding.ASCII.GetBytes(text)));
        return dataset;
    }

    [Theory]
    [InlineData("20240229", 2024, 2, 29)]
    [InlineData("1999.12.31", 1999, 12, 31)]
    public void Dates_parse(string text, int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), With(DicomVR.DA, text).GetDate(T));

    [Theory]
    [InlineData("10", "10:00:00")]
    [InlineData("1012", "10:12:00")]
    [InlineData("101213", "10:12:13")]
    [InlineData("101213.5", "10:12:13.5")]
    [InlineData("101213.123456 ", "10:12:13.123456")]
    [InlineData("10:12:13", "10:12:13")]
    public void Partial_times_parse(string text, string expected) => Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), With(DicomVR.TM, text).GetTime(T));

    [Fact]
    public void Date_times_keep_their_offset()
    {
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 12, 13, TimeSpan.FromHours(-5)), With(DicomVR.DT, "20240301101213-0500").GetDateTime(T));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), With(DicomVR.DT, "2024").GetDateTime(T));
        Assert.Throws<FormatException>(() => With(DicomVR.DT, "2024x").GetDateTime(T));
        Assert.Throws<FormatException>(() => With(DicomVR.DA, "20241301").GetDate(T));
    }

    [Fact]
    public void Text_numbers_and_multiple_values()
    {
        var ds = With(DicomVR.DS, " 1.5\\-2e3\\ 7 ");
        Assert.Equal([1.5m, -2000m, 7m], ds.GetValues<decimal>(T));
        Assert.Equal(-2000.0, ds.GetValue<double>(T, 1));
        Assert.Equal(7, ds.GetValue<int>(T, 2));
        Assert.Equal(3, ds.GetElement(T).Count);
        Assert.Equal(["a", "b", ""], With(DicomVR.CS, "a\\b\\ ").GetStrings(T));
        Assert.Equal("x\\y", With(DicomVR.LT, "x\\y ").GetString(T));
        Assert.Equal(42L, With(DicomVR.IS, "42 ").GetValue<long>(T));
        Assert.False(With(DicomVR.IS, "abc").TryGetValue<int>(T, out _));
    }

    [Fact]
    public void Binary_numbers_in_both_byte_orders()
    {
        var dataset = new DicomDataset();
        dataset.Set(new DicomElement(T, DicomVR.US, new byte[] { 0x01, 0x02, 0x03, 0x04 }));
        Assert.Equal([(ushort)0x0201, (ushort)0x0403], dataset.GetValues<ushort>(T));
        dataset.Set(new DicomElement(T, DicomVR.US, new byte[] { 0x01, 0x02 }, isBigEndian: true));
        Assert.Equal(0x0102, dataset.GetValue<int>(T));
        dataset.Set(new DicomElement(T, DicomVR.FD, BitConverter.GetBytes(2.5)));
        Assert.Equal(2.5, dataset.GetValue<double>(T));
        dataset.SetValues(T, DicomVR.SV, long.MinValue, 5L);
        Assert.Equal([long.MinValue, 5L], dataset.GetValues<long>(T));
        dataset.SetValues(T, DicomVR.UV, ulong.MaxValue);
        Assert.Equal(ulong.MaxValue, dataset.GetValue<ulong>(T));
        dataset.SetValues(T, DicomVR.SS, (short)-3);
        Assert.Equal(-3, dataset.GetValue<int>(T));
        dataset.SetValues(T, DicomVR.FL, 1.25f, 2f);
        Assert.Equal([1.25f, 2f], dataset.GetValues<float>(T));
        Assert.Throws<OverflowException>(() => dataset.SetValues(T, DicomVR.US, 70000));
    }

    [Fact]
    public void Setters_pad_to_even_length()
    {
        var dataset = new DicomDataset();
        Assert.Equal("1.2.3\0"u8.ToArray(), dataset.SetUid(T, "1.2.3").Value.ToArray());
        Assert.Equal("1.2.3", dataset.GetUid(T));
        Assert.Equal("Doe "u8.ToArray(), dataset.SetString(T, DicomVR.PN, "Doe").Value.ToArray());
        Assert.Equal(new byte[] { 1, 2, 3, 0 }, dataset.SetBytes(T, DicomVR.OB, [1, 2, 3]).Value.ToArray());
        Assert.Equal("1.5\\-2"u8.ToArray(), dataset.SetValues(T, DicomVR.DS, 1.5, -2.0).Value.ToArray());
        dataset.SetDate(T, new DateOnly(2024, 2, 29));
        Assert.Equal("20240229", dataset.GetString(T));
        dataset.SetTime(T, new TimeOnly(10, 12, 13, 500));
        Assert.Equal(new TimeOnly(10, 12, 13, 500), dataset.GetTime(T));
        dataset.SetDateTime(T, new DateTimeOffset(2024, 3, 1, 10, 12, 13, TimeSpan.FromHours(9)));
        Assert.Equal("20240301101213+0900", dataset.GetString(T));
        dataset.SetPersonNames(T, PersonName.Parse("Yamada^Tarou"), PersonName.Parse("Doe^John"));
        Assert.Equal("John", dataset.GetPersonNames(T)[1].GivenName);
        dataset.SetTags(T, new DicomTag(0x00100010), new DicomTag(0x7FE00010));
        Assert.Equal([new DicomTag(0x00100010), new DicomTag(0x7FE00010)], dataset.GetTags(T));
    }

    [Fact]
    public void Elements_stay_in_tag_order_and_can_be_removed()
    {
        var dataset = new DicomDataset();
        dataset.SetString(new DicomTag(0x00100020), DicomVR.LO, "b");
        dataset.SetString(new DicomTag(0x00080060), DicomVR.CS, "MR");
        dataset.SetString(new DicomTag(0x00100010), DicomVR.PN, "a");
        Assert.Equal([0x00080060u, 0x00100010u, 0x00100020u], dataset.Select(e => e.Tag.Value).ToArray());
        Assert.Throws<ArgumentException>(() => dataset.Add(new DicomElement(new DicomTag(0x00100010), DicomVR.PN, ReadOnlyMemory<byte>.Empty)));
        Assert.True(dataset.Remove(new DicomTag(0x00100010)));
        Assert.False(dataset.Contains(new DicomTag(0x00100010)));
        Assert.Null(dataset.GetString(new DicomTag(0x00100010)));
    }

    [Fact]
    public void Private_elements_are_found_by_creator()
    {
        var dataset = new DicomDataset();
        dataset.SetString(new DicomTag(0x00290010), DicomVR.LO, "OTHER VENDOR");
        var tag = dataset.GetOrAddPrivateTag(0x0029, "SIEMENS CSA HEADER", 0x08);
        Assert.Equal(new DicomTag(0x00291108), tag);
        dataset.SetString(tag, DicomVR.CS, "IMAGE NUM 4");
        Assert.True(dataset.TryGetPrivateElement(0x0029, "SIEMENS CSA HEADER", 0x08, out var element));
        Assert.Equal("IMAGE NUM 4", element.GetString());
        Assert.Equal("SIEMENS CSA HEADER", dataset.GetPrivateCreator(tag));
        Assert.False(dataset.TryGetPrivateElement(0x0029, "NOBODY", 0x08, out _));
    }

    [Fact]
    public void Items_use_the_character_set_of_their_parent()
    {
        var dataset = new DicomDataset();
        dataset.SetString(new DicomTag(0x00080005), DicomVR.CS, "ISO_IR 192");
        var item = new DicomDataset();
        dataset.SetSequence(new DicomTag(0x00081111), item);
        item.SetString(new DicomTag(0x00100010), DicomVR.PN, "Müller");
        Assert.Equal("Müller"u8.ToArray().Length + 1, item.GetElement(new DicomTag(0x00100010)).Length);
        Assert.Equal("Müller", item.GetString(new DicomTag(0x00100010)));
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2", true)]
    [InlineData("0.1", true)]
    [InlineData("1.02", false)]
    [InlineData("1..2", false)]
    [InlineData("1.2.", false)]
    [InlineData(".1", false)]
    [InlineData("1.a", false)]
    [InlineData("", false)]
    public void Uid_rules(string uid, bool valid) => Assert.Equal(valid, DicomUid.IsValid(uid));

    [Fact]
    public void Generated_uids_are_valid_2_25_uids()
    {
        var uids = Enumerable.Range(0, 200).Select(_ => DicomUid.Generate()).ToArray();
        Assert.All(uids, u => Assert.True(DicomUid.IsValid(u), u));
        Assert.All(uids, u => Assert.StartsWith("2.25.", u));
        Assert.Equal(uids.Length, uids.Distinct().Count());
        Assert.False(DicomUid.IsValid("1." + new string('1', 63)));
        Assert.Equal("2.25.0", DicomUid.FromGuid(Guid.Empty));
    }
}

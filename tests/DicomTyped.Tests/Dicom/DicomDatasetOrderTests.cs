using System;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// Building a data set costs O(n log n) whatever the order of its tags (issue 7 §2): measured by the elements the
/// sorted list shifts (a descending input used to shift n²/2 of them), not by time. The ratio of the times is in
/// tests/DicomTyped.Benchmarks/Dicom/DatasetOrderBenchmarks.cs.
/// </summary>
public class DicomDatasetOrderTests
{
    private const int Elements = 100_000;

    [Fact]
    public void Setting_elements_in_descending_tag_order_shifts_at_most_64_elements_per_insert()
    {
        var dataset = new DicomDataset();
        foreach (var tag in Tags().Reverse())
        {
            dataset.Set(Element(tag));
        }

        Assert.Equal(Elements, dataset.Count);
        Assert.True(dataset.ShiftedElements <= 64L * Elements, $"{dataset.ShiftedElements} elements shifted for {Elements} inserts");
        Assert.Equal(Tags(), dataset.Select(e => e.Tag));
    }

    [Fact]
    public void A_part10_data_set_in_descending_tag_order_reads_in_tag_order_without_quadratic_shifting()
    {
        var bytes = DicomBytes.File();
        foreach (var tag in Tags().Reverse())
        {
            bytes.Tag(tag.Group, tag.Element).Raw("LO"u8.ToArray()).Raw(2, 0).Raw("AB"u8.ToArray());
        }

        var file = DicomFile.Read(bytes.ToArray());

        Assert.Equal(Elements, file.Dataset.Count);
        Assert.True(file.Dataset.ShiftedElements <= 64L * Elements, $"{file.Dataset.ShiftedElements} elements shifted");
        Assert.Equal(Tags(), file.Dataset.Select(e => e.Tag));
        Assert.Equal("AB", file.Dataset.GetString(Tags()[Elements / 2]));
    }

    [Fact]
    public void Random_order_with_replacements_and_removals_keeps_one_element_per_tag_in_order()
    {
        var random = new Random(42);
        var tags = Tags().OrderBy(_ => random.Next()).ToArray();
        var dataset = new DicomDataset();
        foreach (var tag in tags)
        {
            dataset.Set(Element(tag));
        }
        foreach (var tag in tags.Take(1000))
        {
            dataset.Set(new DicomElement(tag, DicomVR.LO, "CD"u8.ToArray()));
        }
        foreach (var tag in tags.Skip(1000).Take(1000))
        {
            Assert.True(dataset.Remove(tag));
        }

        Assert.Equal(Elements - 1000, dataset.Count);
        Assert.Equal(Tags().Except(tags.Skip(1000).Take(1000)), dataset.Select(e => e.Tag));
        Assert.Equal("CD", dataset.GetString(tags[0]));
        Assert.Throws<ArgumentException>(() => dataset.Add(Element(tags[1])));
        Assert.True(dataset.ShiftedElements <= 64L * Elements);
    }

    // Private tags of groups 0009..: none is in the dictionary, and every one sorts by its number.
    private static DicomTag[] Tags() =>
        Enumerable.Range(0, Elements).Select(i => new DicomTag((ushort)(0x0009 + (2 * (i / 0xF000))), (ushort)(0x1000 + (i % 0xF000)))).ToArray();

    private static DicomElement Element(DicomTag tag) => new(tag, DicomVR.LO, "AB"u8.ToArray());
}

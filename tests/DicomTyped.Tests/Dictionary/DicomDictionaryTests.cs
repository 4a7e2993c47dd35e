using DicomTyped.Dicom;
using Xunit;

namespace DicomTyped.Tests.Dictionary;

public sealed class DicomDictionaryTests
{
    [Fact]
    public void Tag_lookup_gives_vr_vm_keyword_and_name()
    {
        Assert.True(DicomDictionary.TryGetEntry(new DicomTag(0x0010, 0x0010), out var entry));

        Assert.Equal(DicomVR.PN, entry.VR);
        Assert.Equal("1", entry.VM);
        Assert.Equal("PatientName", entry.Keyword);
        Assert.Equal("Patient's Name", entry.Name);
        Assert.False(entry.IsRetired);
    }

    [Fact]
    public void Generated_constant_names_the_same_tag_the_lookup_resolves()
    {
        Assert.True(DicomDictionary.TryGetTag("StudyInstanceUID", out var tag));

        Assert.Equal(DicomTags.StudyInstanceUID, tag);
        Assert.Equal(0x0020000Du, tag.Value);
    }

    [Fact]
    public void Hex_attribute_id_resolves_like_a_keyword()
    {
        Assert.True(DicomDictionary.TryGetTag("00100020", out var tag));

        Assert.Equal(DicomTags.PatientID, tag);
    }

    [Fact]
    public void Repeating_group_tag_matches_its_mask()
    {
        Assert.True(DicomDictionary.TryGetEntry(new DicomTag(0x6002, 0x3000), out var entry));

        Assert.Equal("OverlayData", entry.Keyword);
        Assert.True(entry.IsRepeatingGroup);
        Assert.Equal("OB|OW", entry.VRText);
    }

    [Fact]
    public void Exact_tag_wins_over_an_overlapping_mask()
    {
        // (0028,04x0) is a retired repeating group; (0028,0400) itself must still resolve to its own entry.
        Assert.True(DicomDictionary.TryGetEntry(new DicomTag(0x0028, 0x0400), out var entry));

        Assert.False(entry.IsRepeatingGroup);
    }

    [Fact]
    public void Multi_vr_attribute_keeps_every_vr_and_reads_with_the_first()
    {
        Assert.True(DicomDictionary.TryGetEntry(DicomTags.SmallestImagePixelValue, out var entry));

        Assert.True(entry.HasMultipleVRs);
        Assert.Equal("US|SS", entry.VRText);
        Assert.Equal(DicomVR.US, entry.VR);
    }

    [Fact]
    public void Retired_attribute_is_marked_retired()
    {
        Assert.True(DicomDictionary.TryGetEntry("DataSetType", out var entry));

        Assert.True(entry.IsRetired);
    }

    [Fact]
    public void Private_tag_is_not_in_the_dictionary()
    {
        Assert.False(DicomDictionary.TryGetEntry(new DicomTag(0x0019, 0x1010), out _));
    }

    [Fact]
    public void Unknown_keyword_and_malformed_hex_do_not_resolve()
    {
        Assert.False(DicomDictionary.TryGetTag("PatientNam", out _));
        Assert.False(DicomDictionary.TryGetTag("0010001G", out _));
    }

    [Fact]
    public void Dictionary_holds_the_whole_registry_sorted_and_unique()
    {
        var entries = DicomDictionary.Entries;

        Assert.True(entries.Length > 5000, $"only {entries.Length} entries");
        for (var i = 1; i < entries.Length; i++)
        {
            var (previous, current) = (entries[i - 1], entries[i]);
            // A mask such as (0028,04x0) shares its zero-filled tag with the exact (0028,0400); nothing else may repeat.
            var orderedOrMaskTie = previous.Tag.Value < current.Tag.Value ||
                (previous.Tag.Value == current.Tag.Value && previous.IsRepeatingGroup != current.IsRepeatingGroup);
            Assert.True(orderedOrMaskTie, $"not sorted or repeated at {current.Tag}");
        }
    }

    [Fact]
    public void Item_and_delimiters_have_no_vr()
    {
        Assert.True(DicomDictionary.TryGetEntry(new DicomTag(0xFFFE, 0xE000), out var item));

        Assert.Equal("NONE", item.VRText);
        Assert.True(item.VR.IsUnknown);
    }
}

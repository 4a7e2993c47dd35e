using System;
using DicomTyped.Tests.DicomProfiles.AcmePacs;
using Xunit;

namespace DicomTyped.Tests.Consumer;

/// <summary>
/// This project consumes the generator the way a library user does: Profiles/acme-pacs.profile, added as an
/// AdditionalFile, becomes typed builders and records in this project's own namespace.
/// </summary>
public sealed class ConsumerProfileTests
{
    [Fact]
    public void Own_profile_gets_builders_in_the_consumers_namespace()
    {
        var query = Qido.Studies().PatientNameWildcard("DOE*");

        Assert.Equal("DicomTyped.Tests.DicomProfiles.AcmePacs", query.GetType().Namespace);
        Assert.Equal("studies?PatientName=DOE*", query.Build().PathAndQuery);
    }

    [Fact]
    public void Declared_private_attribute_is_searchable_by_its_tag()
    {
        var query = Qido.Series().AcmeScannerMode("FAST");

        Assert.Equal("series?00291010=FAST", query.Build().PathAndQuery);
    }

    [Fact]
    public void Limit_is_checked_against_the_consumers_bounds()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Qido.Studies().Limit(501));

        Assert.Contains("500", error.Message);
    }

    [Fact]
    public void Record_of_the_consumers_profile_reads_the_declared_attribute()
    {
        var json = """[{"00291010":{"vr":"LO","Value":["FAST"]},"0020000E":{"vr":"UI","Value":["1.2.3"]}}]"""u8;

        var match = Assert.Single(SeriesMatch.ReadArray(json));

        Assert.Equal("FAST", match.AcmeScannerMode);
        Assert.Equal("1.2.3", match.SeriesInstanceUID);
    }
}

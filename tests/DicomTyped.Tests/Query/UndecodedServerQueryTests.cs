using System;
using System.Linq;
using System.Text.Json;
using DicomTyped.Query;
using Xunit;
using Orthanc = DicomTyped.Profiles.Orthanc;
using RawPacs = DicomTyped.Tests.DicomProfiles.RawPacs;

namespace DicomTyped.Tests.Query;

/// <summary>
/// Profiles with <c>percentdecoding no</c> (Orthanc 1.10; the test profile raw-pacs): free text that would need
/// percent-encoding is sent as a wildcard form and filtered on the client, or refused with the reason, never sent in a
/// form that silently matches nothing.
/// </summary>
public sealed class UndecodedServerQueryTests
{
    [Fact]
    public void A_space_becomes_a_star_and_the_exact_value_a_client_filter()
    {
        var request = Orthanc.Qido.Studies().PatientName("O Brien^Pat").Build();

        Assert.Equal("studies?PatientName=O*Brien^Pat", request.PathAndQuery);
        var filter = Assert.Single(request.ClientFilters);
        Assert.Equal((0x00100010u, "O Brien^Pat", false), (filter.Tag, filter.Value, filter.IsPattern));
    }

    [Fact]
    public void Each_run_of_non_ascii_becomes_one_star() =>
        Assert.Equal("studies?PatientName=M*ller^J*rg", Orthanc.Qido.Studies().PatientName("Müller^Jörg").ToString());

    [Fact]
    public void Query_structure_characters_become_stars_too() =>
        Assert.Equal("studies?StudyDescription=A*B*C*D*E*F", Orthanc.Qido.Studies().StudyDescription("A&B=C+D#E%F").ToString());

    [Fact]
    public void A_comma_becomes_a_star_because_orthanc_splits_lists_on_it() =>
        Assert.Equal("studies?PatientName=DOE*JOHN", Orthanc.Qido.Studies().PatientName("DOE,JOHN").ToString());

    [Fact]
    public void A_wildcard_pattern_keeps_its_wildcards_and_is_filtered_as_a_pattern()
    {
        var request = Orthanc.Qido.Studies().PatientNameWildcard("Mü?ler*").Build();

        Assert.Equal("studies?PatientName=M*?ler*", request.PathAndQuery);
        Assert.True(Assert.Single(request.ClientFilters).IsPattern);
    }

    [Fact]
    public void A_value_that_travels_raw_is_sent_as_is_without_a_filter()
    {
        var request = Orthanc.Qido.Studies().PatientName("DOE^JOHN").Build();

        Assert.Equal("studies?PatientName=DOE^JOHN", request.PathAndQuery);
        Assert.Empty(request.ClientFilters);
    }

    [Fact]
    public void Setting_the_match_again_drops_the_old_filter() =>
        Assert.Empty(Orthanc.Qido.Studies().PatientName("O Brien^Pat").PatientName("OBRIEN^PAT").Build().ClientFilters);

    [Fact]
    public void A_server_that_decodes_gets_the_value_percent_encoded_and_no_filter()
    {
        var request = DicomTyped.Profiles.DicomWeb.Qido.Studies().PatientName("O Brien^Pat").Build();

        Assert.Equal("studies?PatientName=O%20Brien^Pat", request.PathAndQuery);
        Assert.Empty(request.ClientFilters);
    }

    [Fact]
    public void Exact_text_without_wildcard_matching_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => RawPacs.Qido.Studies().StudyDescription("Knee MRI"));

        Assert.Contains("does not percent-decode", error.Message);
        Assert.Contains("StudyDescription", error.Message);
    }

    [Fact]
    public void Fuzzy_text_that_needs_encoding_is_refused() =>
        Assert.Contains("fuzzy", Assert.Throws<ArgumentException>(() => RawPacs.Qido.Studies().PatientNameFuzzy("jo do")).Message);

    [Fact]
    public void Text_that_travels_raw_is_accepted_where_wildcards_are_missing() =>
        Assert.Equal("studies?StudyDescription=KNEE^MRI", RawPacs.Qido.Studies().StudyDescription("KNEE^MRI").ToString());

    [Theory]
    [InlineData("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"O Brien^Pat\"}]}}", true)]
    [InlineData("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"o brien^pat\"}]}}", true)]
    [InlineData("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"OXBrien^Pat\"}]}}", false)]
    [InlineData("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"O Brien^Pat\",\"Ideographic\":\"X\"}]}}", true)]
    [InlineData("{\"00100010\":{\"vr\":\"PN\"}}", false)]
    [InlineData("{}", false)]
    public void The_client_filter_compares_the_whole_name_ignoring_case(string dataset, bool matches)
    {
        using var document = JsonDocument.Parse(dataset);
        Assert.Equal(matches, new QidoClientFilter(0x00100010, "O Brien^Pat", isPattern: false).Matches(document.RootElement));
    }

    [Theory]
    [InlineData("Müller^Jörg", true)]
    [InlineData("MÜLLER^JÖRG-X", true)]
    [InlineData("Mueller^Jörg", false)]
    public void The_client_filter_matches_a_pattern(string name, bool matches)
    {
        using var document = JsonDocument.Parse("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"" + name + "\"}]}}");
        Assert.Equal(matches, new QidoClientFilter(0x00100010, "Mü?ler^J*", isPattern: true).Matches(document.RootElement));
    }

    [Fact]
    public void ReadResponse_applies_the_filters()
    {
        var query = Orthanc.Qido.Studies().PatientName("O Brien^Pat");
        var body = """
            [{"0020000D":{"vr":"UI","Value":["1.1"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"O Brien^Pat"}]}},
             {"0020000D":{"vr":"UI","Value":["1.2"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"O'Brien^Pat"}]}}]
            """u8;

        Assert.Equal(["1.1"], query.ReadResponse(body).Select(m => m.StudyInstanceUID));
    }
}

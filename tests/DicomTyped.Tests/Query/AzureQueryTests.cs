using System;
using DicomTyped.Profiles.AzureDicomV2;
using Xunit;

namespace DicomTyped.Tests.Query;

/// <summary>The Azure builders against hand-written query strings: every route and every matching kind Azure has.</summary>
public sealed class AzureQueryTests
{
    private const string Study = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420";
    private const string Series = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652";

    [Fact]
    public void Studies_exact_matches_keep_call_order_and_send_caret_raw() =>
        Assert.Equal(
            "studies?PatientName=DOE^JOHN&StudyDate=20200922&PatientID=ID1&StudyInstanceUID=" + Study,
            Qido.Studies().PatientName("DOE^JOHN").StudyDate(new DateOnly(2020, 9, 22)).PatientID("ID1").StudyInstanceUID(Study).ToString());

    [Fact]
    public void Studies_fuzzy_sets_fuzzymatching_after_includefield() =>
        Assert.Equal(
            "studies?ReferringPhysicianName=doc&includefield=StudyTime&fuzzymatching=true",
            Qido.Studies().ReferringPhysicianNameFuzzy("doc").IncludeField(StudiesQuery.Field.StudyTime).ToString());

    [Theory]
    [InlineData(true, true, "studies?StudyDate=20200101-20201231")]
    [InlineData(true, false, "studies?StudyDate=20200101-")]
    [InlineData(false, true, "studies?StudyDate=-20201231")]
    public void Studies_date_ranges(bool from, bool to, string expected)
    {
        var query = Qido.Studies();
        var first = new DateOnly(2020, 1, 1);
        var last = new DateOnly(2020, 12, 31);
        _ = from && to ? query.StudyDateBetween(first, last) : from ? query.StudyDateFrom(first) : query.StudyDateUntil(last);
        Assert.Equal(expected, query.ToString());
    }

    [Fact]
    public void Studies_include_all_limit_offset_come_last_in_fixed_order() =>
        Assert.Equal(
            "studies?ModalitiesInStudy=OT&includefield=all&limit=50&offset=100",
            Qido.Studies().Offset(100).Limit(50).IncludeAllFields().ModalitiesInStudy("OT").ToString());

    [Fact]
    public void Series_route_searches_study_and_series_attributes() =>
        Assert.Equal(
            "series?StudyDescription=CT%20HEAD&Modality=OT&PerformedProcedureStepStartDate=20200922-&ManufacturerModelName=A%26B%2BC%3D%23%25",
            Qido.Series().StudyDescription("CT HEAD").Modality("OT").PerformedProcedureStepStartDateFrom(new DateOnly(2020, 9, 22))
                .ManufacturerModelName("A&B+C=#%").ToString());

    [Fact]
    public void Instances_route_searches_all_levels() =>
        Assert.Equal(
            "instances?AccessionNumber=A1&SeriesInstanceUID=" + Series + "&SOPInstanceUID=1.2.3&includefield=Rows&includefield=SeriesNumber&includefield=PatientAge",
            Qido.Instances().AccessionNumber("A1").SeriesInstanceUID(Series).SOPInstanceUID("1.2.3")
                .IncludeField(InstancesQuery.Field.Rows, InstancesQuery.Field.SeriesNumber, InstancesQuery.Field.PatientAge).ToString());

    [Fact]
    public void Study_series_route_puts_the_study_in_the_path() =>
        Assert.Equal(
            $"studies/{Study}/series?Modality=OT&PerformedProcedureStepStartDate=-20201231",
            Qido.StudySeries(Study).Modality("OT").PerformedProcedureStepStartDateUntil(new DateOnly(2020, 12, 31)).ToString());

    [Fact]
    public void Study_instances_route_searches_series_and_instance_attributes() =>
        Assert.Equal(
            $"studies/{Study}/instances?SeriesInstanceUID={Series}&SOPInstanceUID=1.2.3&includefield=InstanceNumber",
            Qido.StudyInstances(Study).SeriesInstanceUID(Series).SOPInstanceUID("1.2.3").IncludeField(StudyInstancesQuery.Field.InstanceNumber).ToString());

    [Fact]
    public void Series_instances_route_puts_both_uids_in_the_path() =>
        Assert.Equal(
            $"studies/{Study}/series/{Series}/instances?SOPInstanceUID=1.2.3&limit=200",
            Qido.SeriesInstances(Study, Series).SOPInstanceUID("1.2.3").Limit(200).ToString());

    [Fact]
    public void No_parameters_gives_the_bare_path() => Assert.Equal("studies", Qido.Studies().Build().PathAndQuery);

    [Fact]
    public void Setting_a_match_twice_keeps_its_place_with_the_last_value() =>
        Assert.Equal("studies?PatientID=B&PatientName=X", Qido.Studies().PatientID("A").PatientName("X").PatientID("B").ToString());

    [Fact]
    public void Non_ascii_is_sent_as_utf8_percent_escapes() =>
        Assert.Equal("studies?PatientName=M%C3%BCller^J%C3%BCrgen", Qido.Studies().PatientName("Müller^Jürgen").ToString());

    [Fact]
    public void Limit_outside_the_bounds_names_them()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Qido.Studies().Limit(201));
        Assert.Contains("1..200", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Qido.Studies().Limit(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Qido.Studies().Offset(-1));
    }

    [Fact]
    public void Empty_values_and_bad_uids_are_refused_at_the_call()
    {
        Assert.Contains("PatientName", Assert.Throws<ArgumentException>(() => Qido.Studies().PatientName("")).Message);
        Assert.Contains("StudyInstanceUID", Assert.Throws<ArgumentException>(() => Qido.Studies().StudyInstanceUID("1.2_abc")).Message);
        Assert.Throws<ArgumentException>(() => Qido.Studies().StudyInstanceUID("1..2"));
        Assert.Throws<ArgumentException>(() => Qido.StudySeries("not a uid"));
        Assert.Throws<ArgumentException>(() => Qido.Studies().StudyDateBetween(new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1)));
    }

    [Theory]
    [InlineData("https://example.azurehealthcareapis.com/v2/", "https://example.azurehealthcareapis.com/v2/studies?PatientName=DOE^JOHN")]
    [InlineData("http://127.0.0.1:8042/dicom-web", "http://127.0.0.1:8042/dicom-web/studies?PatientName=DOE^JOHN")]
    public void ToUri_keeps_the_base_path_and_the_raw_caret(string baseAddress, string expected)
    {
        var uri = Qido.Studies().PatientName("DOE^JOHN").ToUri(new Uri(baseAddress));
        Assert.Equal(expected, uri.AbsoluteUri);
        Assert.Equal("?PatientName=DOE^JOHN", uri.Query);
    }
}

using System;
using System.Linq;
using Xunit;
using DicomWeb = DicomTyped.Profiles.DicomWeb;
using Orthanc = DicomTyped.Profiles.Orthanc;

namespace DicomTyped.Tests.Query;

/// <summary>The matching kinds Azure lacks, through the PS3.18 and Orthanc profiles: wildcard, UID list, time ranges, defined terms.</summary>
public sealed class DicomWebAndOrthancQueryTests
{
    [Fact]
    public void Wildcard_sends_star_and_question_mark_raw() =>
        Assert.Equal("studies?PatientName=DOE*&PatientID=I?1", DicomWeb.Qido.Studies().PatientNameWildcard("DOE*").PatientIDWildcard("I?1").ToString());

    [Fact]
    public void Exact_match_refuses_wildcards_where_the_server_has_them() =>
        Assert.Contains("PatientNameWildcard", Assert.Throws<ArgumentException>(() => DicomWeb.Qido.Studies().PatientName("DOE*")).Message);

    [Fact]
    public void Uid_list_is_comma_separated()
    {
        Assert.Equal("studies?StudyInstanceUID=1.2.3,1.2.4", DicomWeb.Qido.Studies().StudyInstanceUIDIn("1.2.3", "1.2.4").ToString());
        Assert.Equal("series?SeriesInstanceUID=1.2.5", DicomWeb.Qido.Series().SeriesInstanceUIDIn(new[] { "1.2.5" }.AsEnumerable()).ToString());
        Assert.Throws<ArgumentException>(() => DicomWeb.Qido.Studies().StudyInstanceUIDIn());
    }

    [Fact]
    public void Time_exact_and_ranges()
    {
        Assert.Equal("studies?StudyTime=120000", DicomWeb.Qido.Studies().StudyTime(new TimeOnly(12, 0)).ToString());
        Assert.Equal("studies?StudyTime=083000.250000-170000", DicomWeb.Qido.Studies().StudyTimeBetween(new TimeOnly(8, 30, 0, 250), new TimeOnly(17, 0)).ToString());
        Assert.Equal("studies?StudyTime=170000-", DicomWeb.Qido.Studies().StudyTimeFrom(new TimeOnly(17, 0)).ToString());
        Assert.Equal("studies?StudyTime=-080000", DicomWeb.Qido.Studies().StudyTimeUntil(new TimeOnly(8, 0)).ToString());
    }

    [Fact]
    public void Defined_terms_take_the_enum_or_a_string()
    {
        Assert.Equal("series?Modality=CT", DicomWeb.Qido.Series().Modality(DicomWeb.ModalityTerm.CT).ToString());
        Assert.Equal("series?Modality=M3D", DicomWeb.Qido.Series().Modality(DicomWeb.ModalityTerm.M3D).ToString());
        Assert.Equal("series?Modality=C*", DicomWeb.Qido.Series().ModalityWildcard("C*").ToString());
    }

    [Fact]
    public void Numbers_are_invariant() =>
        Assert.Equal(
            "instances?InstanceNumber=12&SeriesNumber=3",
            DicomWeb.Qido.Instances().InstanceNumber(12).SeriesNumber(3).ToString());

    [Fact]
    public void Orthanc_routes_and_paging()
    {
        Assert.Equal("studies?PatientBirthDate=19700101-19801231&limit=1000&offset=0",
            Orthanc.Qido.Studies().PatientBirthDateBetween(new DateOnly(1970, 1, 1), new DateOnly(1980, 12, 31)).Limit(1000).Offset(0).ToString());
        Assert.Equal("studies/1.2/series?SeriesTime=-120000&SeriesDate=20200922",
            Orthanc.Qido.StudySeries("1.2").SeriesTimeUntil(new TimeOnly(12, 0)).SeriesDate(new DateOnly(2020, 9, 22)).ToString());
        Assert.Equal("studies/1.2/instances?InstanceCreationDate=20200101-&ImageComments=*circle*",
            Orthanc.Qido.StudyInstances("1.2").InstanceCreationDateFrom(new DateOnly(2020, 1, 1)).ImageCommentsWildcard("*circle*").ToString());
        Assert.Equal("studies/1.2/series/1.3/instances?SOPClassUID=1.2.840.10008.5.1.4.1.1.7&AcquisitionNumber=1&includefield=NumberOfFrames",
            Orthanc.Qido.SeriesInstances("1.2", "1.3").SOPClassUIDIn("1.2.840.10008.5.1.4.1.1.7").AcquisitionNumber(1)
                .IncludeField(Orthanc.SeriesInstancesQuery.Field.NumberOfFrames).ToString());
    }
}

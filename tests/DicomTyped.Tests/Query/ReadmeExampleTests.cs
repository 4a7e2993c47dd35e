using System;
using DicomTyped.Profiles.AzureDicomV2;
using Xunit;

namespace DicomTyped.Tests.Query;

/// <summary>The README's typed-query example produces the request the README prints (every README C# block is compiled by ReadmeCompileTests in the generator tests).</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_study_search_builds_the_request_it_shows()
    {
        var request = Qido.Studies()
            .PatientNameFuzzy("jo do")
            .StudyDateBetween(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))
            .IncludeField(StudiesQuery.Field.StudyTime)
            .Limit(50)
            .Build();

        Assert.Equal(
            "studies?PatientName=jo%20do&StudyDate=20240101-20241231&includefield=StudyTime&fuzzymatching=true&limit=50",
            request.PathAndQuery);
    }
}

using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Profiles.AzureDicomV2;
using DicomTyped.Query;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

public sealed class ProfileRulesTests
{
    [Fact]
    public void The_generated_rules_carry_the_azure_profile_file()
    {
        var rules = QidoSearchRules.Rules;
        Assert.Equal((1, 200, 100), (rules.LimitMin, rules.LimitMax, rules.LimitDefault));
        var patientName = rules.Attributes.Single(a => a.Keyword == "PatientName");
        Assert.Equal(QidoMatching.Exact | QidoMatching.Fuzzy, patientName.Matching);
        Assert.Equal(QidoRoutes.Studies | QidoRoutes.Series | QidoRoutes.Instances, patientName.SearchableOn);
        Assert.Equal(QidoReturn.Computed, rules.Attributes.Single(a => a.Keyword == "NumberOfStudyRelatedInstances").Returned);
        Assert.Equal(QidoRoutes.Instances | QidoRoutes.StudyInstances | QidoRoutes.SeriesInstances,
            rules.Attributes.Single(a => a.Keyword == "SOPInstanceUID").SearchableOn);
    }

    [Fact]
    public async Task A_search_that_does_not_accept_dicom_json_is_406()
    {
        await using var server = await ServerFixture.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "studies");
        request.Headers.Accept.ParseAdd("application/xml");
        using var response = await server.Http.SendAsync(request, CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }
}

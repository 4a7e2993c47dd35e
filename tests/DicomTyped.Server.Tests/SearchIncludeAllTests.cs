using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

public sealed class SearchIncludeAllTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Includefield_all_mixed_with_a_named_attribute_answers_as_all()
    {
        await using var server = await ServerFixture.StartAsync();
        using (var client = server.Client())
        {
            await client.StoreInstancesAsync([TestInstances.Dataset("1.1", "1.1.1", "1.1.1.1")], cancellationToken: Ct);
        }
        var all = await GetAsync(server, "studies?StudyInstanceUID=1.1&includefield=all");
        var mixed = await GetAsync(server, "studies?StudyInstanceUID=1.1&includefield=all,PatientAge");
        Assert.Equal(all, mixed);
        // NumberOfStudyRelatedInstances comes only with all, so the mixture did not fall back to the named field.
        Assert.True(JsonDocument.Parse(mixed).RootElement[0].TryGetProperty("00201208", out _));
    }

    private static async Task<string> GetAsync(ServerFixture server, string query)
    {
        using var response = await server.Http.GetAsync(query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Client;

/// <summary>
/// A UID that is not a UID (PS3.5 9.1) never reaches a request path: <c>System.Uri</c> would resolve <c>..</c> and turn
/// a series delete into a study delete, or a study delete into a DELETE of the service root. A real loopback server
/// records every request; none may arrive, and the call throws ArgumentException naming the parameter.
/// </summary>
public sealed class PathUidTests
{
    private const string Study = "1.2.840.113619.2.55.3";
    private const string Series = "1.2.840.113619.2.55.3.4";
    private const string Instance = "1.2.840.113619.2.55.3.4.5";
    private static CancellationToken Ct => CancellationToken.None;

    public static TheoryData<string> NotUids() => new()
    {
        "..", ".", "../..", "1.2/../3", "1.2%2F3", "1.2/3", "1.2.3?x=1", "1.2.3#f", "1..2", ".1.2", "1.2.", " 1.2", "1.2\n", "1.2\\3", "",
        new string('1', 65), "1.2.3&delete", "１.２",
    };

    private static async Task AssertNothingSent(Func<DicomWebClient, Task> call, string parameterName)
    {
        await using var server = new LoopbackServer();
        using var client = DicomWebClient.Create(server.Root, options: new DicomWebClientOptions { MaxRetryAttempts = 0 });
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(client));
        Assert.Equal(parameterName, exception.ParamName);
        await Task.Delay(50);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public Task DeleteSeriesAsync_with_dot_dot_sends_nothing() =>
        AssertNothingSent(client => client.DeleteSeriesAsync(Study, "..", Ct), "seriesInstanceUid");

    [Fact]
    public Task DeleteStudyAsync_with_dot_dot_sends_nothing() =>
        AssertNothingSent(client => client.DeleteStudyAsync("..", Ct), "studyInstanceUid");

    [Theory]
    [MemberData(nameof(NotUids))]
    public Task DeleteInstanceAsync_refuses_a_value_that_is_not_a_UID(string notUid) =>
        AssertNothingSent(client => client.DeleteInstanceAsync(Study, Series, notUid, Ct), "sopInstanceUid");

    [Theory]
    [MemberData(nameof(NotUids))]
    public Task RetrieveStudyAsync_refuses_a_value_that_is_not_a_UID(string notUid) =>
        AssertNothingSent(async client => { await foreach (var _ in client.RetrieveStudyAsync(notUid, cancellationToken: Ct)) { } }, "studyInstanceUid");

    [Theory]
    [MemberData(nameof(NotUids))]
    public Task RetrieveSeriesMetadataAsync_refuses_a_value_that_is_not_a_UID(string notUid) =>
        AssertNothingSent(client => client.RetrieveSeriesMetadataAsync(Study, notUid, cancellationToken: Ct), "seriesInstanceUid");

    [Theory]
    [MemberData(nameof(NotUids))]
    public Task RetrieveFramesAsync_refuses_a_value_that_is_not_a_UID(string notUid) =>
        AssertNothingSent(client => client.RetrieveFramesAsync(notUid, Series, Instance, [1], Ct), "studyInstanceUid");

    [Theory]
    [MemberData(nameof(NotUids))]
    public Task RetrieveRenderedFrameAsync_refuses_a_value_that_is_not_a_UID(string notUid) =>
        AssertNothingSent(client => client.RetrieveRenderedFrameAsync(Study, Series, notUid, 1, cancellationToken: Ct), "sopInstanceUid");

    [Theory]
    [MemberData(nameof(NotUids))]
    public Task StoreInstancesAsync_into_a_study_refuses_a_value_that_is_not_a_UID(string notUid) =>
        AssertNothingSent(client => client.StoreInstancesAsync([TestData.Dcm("blue-circle.dcm")], notUid, Ct), "studyInstanceUid");

    [Theory]
    [MemberData(nameof(NotUids))]
    public Task SaveSeriesAsync_refuses_a_value_that_is_not_a_UID(string notUid) =>
        AssertNothingSent(client => client.SaveSeriesAsync(Study, notUid, Path.Combine(Path.GetTempPath(), "dicomtyped-never-written"), Ct), "seriesInstanceUid");

    [Fact]
    public async Task A_UID_with_a_leading_zero_component_is_sent_because_it_cannot_change_the_path()
    {
        await using var server = new LoopbackServer(context => { context.Response.StatusCode = 204; return Task.CompletedTask; });
        using var client = DicomWebClient.Create(server.Root, options: new DicomWebClientOptions { MaxRetryAttempts = 0 });
        Assert.Equal(DeleteResult.Deleted, await client.DeleteSeriesAsync(Study, "1.02.3", Ct));
        var request = Assert.Single(server.Requests);
        Assert.Equal($"/studies/{Study}/series/1.02.3", request.RawUrl);
    }
}

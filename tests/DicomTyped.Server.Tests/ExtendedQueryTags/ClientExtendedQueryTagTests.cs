using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Http;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.ExtendedQueryTags;

/// <summary>The client's typed extended query tag methods against the embedded server over loopback HTTP.</summary>
public sealed class ClientExtendedQueryTagTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static CancellationToken Ct => CancellationToken.None;

    private static CancellationToken Within(int seconds) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    [Fact]
    public async Task Add_then_wait_gives_a_succeeded_reindex_whose_resource_is_the_tag()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();

        var reference = await client.AddExtendedQueryTagsAsync([new ExtendedQueryTagToAdd("BodyPartExamined", ExtendedQueryTagLevel.Series)], Ct);
        var operation = await client.WaitForOperationAsync(reference.Id, Poll, Within(60));

        Assert.Equal((DicomOperationStatus.Succeeded, "reindex", 100), (operation.Status, operation.Type, operation.PercentComplete));
        Assert.EndsWith("/extendedquerytags/00180015", Assert.Single(operation.Resources!).AbsoluteUri);
    }

    [Fact]
    public async Task A_private_tag_reads_back_with_its_creator_vr_and_level()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        var reference = await client.AddExtendedQueryTagsAsync([new ExtendedQueryTagToAdd("00191010", ExtendedQueryTagLevel.Instance, "LO", "ACME 1.0")], Ct);
        await client.WaitForOperationAsync(reference.Id, Poll, Within(60));

        var tag = await client.GetExtendedQueryTagAsync("00191010", Ct);

        Assert.Equal(new ExtendedQueryTag("00191010", "LO", "ACME 1.0", ExtendedQueryTagLevel.Instance, ExtendedQueryTagStatus.Ready, ExtendedQueryTagQueryStatus.Enabled, null, null), tag);
    }

    [Fact]
    public async Task The_list_holds_the_added_tags()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        await client.AddExtendedQueryTagsAsync([new("OperatorsName", ExtendedQueryTagLevel.Series), new("ContentDate", ExtendedQueryTagLevel.Instance)], Ct);

        var tags = await client.GetExtendedQueryTagsAsync(limit: 10, cancellationToken: Ct);

        Assert.Equal(["00080023", "00081070"], tags.Select(t => t.Path));
    }

    [Fact]
    public async Task Adding_a_tag_twice_throws_DicomWebConflictException()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        await client.AddExtendedQueryTagsAsync([new("BodyPartExamined", ExtendedQueryTagLevel.Series)], Ct);

        await Assert.ThrowsAsync<DicomWebConflictException>(() => client.AddExtendedQueryTagsAsync([new("BodyPartExamined", ExtendedQueryTagLevel.Series)], Ct));
    }

    [Fact]
    public async Task An_unsupported_VR_throws_DicomWebBadRequestException_with_the_server_message()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();

        var refused = await Assert.ThrowsAsync<DicomWebBadRequestException>(() =>
            client.AddExtendedQueryTagsAsync([new("00191010", ExtendedQueryTagLevel.Instance, "SQ", "ACME")], Ct));

        Assert.Contains("VR SQ of 00191010 is not supported", refused.ServerMessage);
    }

    [Fact]
    public async Task Disabling_a_tag_returns_it_disabled()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        await client.WaitForOperationAsync((await client.AddExtendedQueryTagsAsync([new("BodyPartExamined", ExtendedQueryTagLevel.Series)], Ct)).Id, Poll, Within(60));

        var tag = await client.UpdateExtendedQueryTagAsync("BodyPartExamined", ExtendedQueryTagQueryStatus.Disabled, Ct);

        Assert.Equal(ExtendedQueryTagQueryStatus.Disabled, tag.QueryStatus);
    }

    [Fact]
    public async Task A_deleted_tag_is_not_found()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();
        await client.WaitForOperationAsync((await client.AddExtendedQueryTagsAsync([new("BodyPartExamined", ExtendedQueryTagLevel.Series)], Ct)).Id, Poll, Within(60));

        await client.DeleteExtendedQueryTagAsync("00180015", Ct);

        await Assert.ThrowsAsync<DicomWebNotFoundException>(() => client.GetExtendedQueryTagAsync("BodyPartExamined", Ct));
    }

    [Fact]
    public async Task The_errors_of_a_tag_name_the_instance_whose_value_could_not_be_indexed()
    {
        await using var server = await ServerFixture.StartAsync();
        var bad = TestInstances.Dataset("9.1", "9.1.1", "9.1.1.1");
        bad.Set(new DicomElement(DicomTags.ContentDate, DicomVR.DA, "20241399"u8.ToArray()));
        await ExtendedQueryTagHttp.StoreRawAsync(server, bad);
        using var client = server.Client();
        await client.WaitForOperationAsync((await client.AddExtendedQueryTagsAsync([new("ContentDate", ExtendedQueryTagLevel.Instance)], Ct)).Id, Poll, Within(60));

        var error = Assert.Single(await client.GetExtendedQueryTagErrorsAsync("ContentDate", cancellationToken: Ct));

        Assert.Equal(("9.1", "9.1.1", "9.1.1.1"), (error.StudyInstanceUid, error.SeriesInstanceUid, error.SopInstanceUid));
    }

    [Fact]
    public async Task Waiting_for_an_unknown_operation_throws_DicomWebNotFoundException()
    {
        await using var server = await ServerFixture.StartAsync();
        using var client = server.Client();

        await Assert.ThrowsAsync<DicomWebNotFoundException>(() => client.WaitForOperationAsync("0123456789abcdef0123456789abcdef", Poll, Within(60)));
    }

    [Theory]
    [InlineData("../studies")]
    [InlineData("00180015/errors")]
    public async Task A_tag_path_that_would_change_the_URL_is_refused_before_any_request(string tagPath)
    {
        using var client = DicomWebClient.Create(new Uri("http://127.0.0.1:9/v2/"));

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetExtendedQueryTagAsync(tagPath, Ct));
    }
}

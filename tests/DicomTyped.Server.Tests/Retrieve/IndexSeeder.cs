using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Index;
using DicomTyped.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>
/// Puts a file into a running server's file store and index the way a store does (temporary name, flush, commit, index
/// row), for retrieve tests that must not depend on the store endpoint (the 1 GB probe, for one, skips its parsing).
/// </summary>
internal static class IndexSeeder
{
    public static async Task SeedAsync(ServerFixture server, string path, CancellationToken cancellationToken = default)
    {
        var services = server.Host.Services.GetRequiredService<DicomWebServices>();
        DicomDataset header;
        TransferSyntax syntax;
        using (var file = DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true }))
        {
            header = file.Dataset;
            syntax = file.TransferSyntax;
        }
        await using (var batch = services.Files.CreateBatch())
        {
            var pending = batch.Create();
            await using (var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous))
            {
                await source.CopyToAsync(pending.Stream, cancellationToken);
            }
            await pending.CloseAsync(cancellationToken);
            await batch.CommitAsync([pending], cancellationToken);
            var outcome = await services.Index.AddInstancesAsync([new IndexedInstance(
                header.GetUid(DicomTags.StudyInstanceUID)!, header.GetUid(DicomTags.SeriesInstanceUID)!, header.GetUid(DicomTags.SOPInstanceUID)!,
                header.GetUid(DicomTags.SOPClassUID) ?? "", syntax.Uid, pending.FileKey, new FileInfo(path).Length,
                "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), [], [])], cancellationToken);
            Xunit.Assert.Equal(AddInstanceOutcome.Added, Xunit.Assert.Single(outcome));
        }
    }
}

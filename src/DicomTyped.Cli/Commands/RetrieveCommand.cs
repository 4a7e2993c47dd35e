using System.CommandLine;
using System.IO;
using DicomTyped.Cli.Retrieve;
using DicomTyped.Cli.Transfer;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb retrieve study|series|instance UIDS... --output DIR [--parallel N]</c>: instances (WADO-RS) into a folder,
/// one file per instance named by its SOP Instance UID.
/// </summary>
internal static class RetrieveCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write {SOPInstanceUID}.dcm files into (created when missing)", Required = true, Recursive = true };
        var parallel = new Option<int>("--parallel") { Description = "Series retrieved at once (for a study)", DefaultValueFactory = _ => 4, Recursive = true };
        var command = new Command("retrieve", "Retrieve a study, series or instance (WADO-RS) into a folder, files named by SOP Instance UID") { output, parallel };
        TargetCommands.AddTo(command, "The files", (level, target) => level.WithAction(async (context, cancellationToken) =>
        {
            var folder = Path.GetFullPath(context.Get(output)!);
            using var client = context.CreateClient();
            var summary = await RetrieveRunner.RunAsync(client, target(context.Parse), folder, context.Get(parallel), TransferProgress.For(context.IsTerminal, context.Error), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Retrieved: {summary.Files.Count} instances ({ByteSize.Format(summary.Bytes)} in {summary.Elapsed.TotalSeconds:0.0} s) into {folder}").ConfigureAwait(false);
            foreach (var warning in summary.Warnings)
            {
                await context.Output.WriteLineAsync("  warned  " + warning).ConfigureAwait(false);
            }
            return 0;
        }));
        return command;
    }
}

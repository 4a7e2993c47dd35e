using System.CommandLine;
using DicomTyped.Cli.Retrieve;

namespace DicomTyped.Cli.Commands;

/// <summary><c>dicomweb metadata study|series|instance UIDS... [--output FILE]</c>: DICOM JSON (WADO-RS metadata) to stdout or a file.</summary>
internal static class MetadataCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Write the JSON to this file instead of stdout", Recursive = true };
        var command = new Command("metadata", "The metadata of a study, series or instance as DICOM JSON (WADO-RS)") { output };
        TargetCommands.AddTo(command, "The DICOM JSON", (level, target) => level.WithAction(async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var file = context.Get(output);
            var count = await MetadataWriter.WriteAsync(client, target(context.Parse), file, context.Output, cancellationToken).ConfigureAwait(false);
            if (file is not null)
            {
                await context.Output.WriteLineAsync($"Wrote the metadata of {count} instances to {System.IO.Path.GetFullPath(file)}").ConfigureAwait(false);
            }
            return 0;
        }));
        return command;
    }
}

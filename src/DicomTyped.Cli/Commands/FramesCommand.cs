using System.CommandLine;
using System.IO;
using DicomTyped.Cli.Retrieve;
using DicomTyped.Cli.Transfer;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb frames STUDY SERIES INSTANCE --frame N [--frame M…] [--output DIR]</c>: frames (WADO-RS) saved as
/// <c>{SOPInstanceUID}.frame-{n}.raw</c> (or .jpg, .jp2… by the media type the server sent).
/// </summary>
internal static class FramesCommand
{
    public static Command Create()
    {
        var frames = new Option<int[]>("--frame", "-f") { Description = "A 1-based frame number; repeatable (--frame 1 --frame 3) or several at once (--frame 1 3)", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder to save the frames in (created when missing)", DefaultValueFactory = _ => "." };
        var command = TargetCommands.InstanceCommand("frames", "Frames of an instance (WADO-RS), saved as files, bytes as the server sent them", (instance, target) => instance.WithAction(async (context, cancellationToken) =>
        {
            var folder = Path.GetFullPath(context.Get(output)!);
            Directory.CreateDirectory(folder);
            using var client = context.CreateClient();
            var saved = await FramesSaver.SaveAsync(client, target(context.Parse), context.Get(frames) ?? [], folder, cancellationToken).ConfigureAwait(false);
            foreach (var (path, frame) in saved)
            {
                await context.Output.WriteLineAsync($"{path}  frame {frame.Number}, {frame.Data.Length} bytes, {frame.MediaType}{(frame.TransferSyntaxUid is { } ts ? ", transfer syntax " + ts : "")}").ConfigureAwait(false);
            }
            return 0;
        }));
        command.Options.Add(frames);
        command.Options.Add(output);
        return command;
    }
}

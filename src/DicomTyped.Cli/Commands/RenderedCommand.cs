using System.CommandLine;
using DicomTyped.Cli.Retrieve;
using DicomTyped.Client;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb rendered STUDY SERIES INSTANCE [--frame N] [--format jpeg|png] [--quality Q] [--output FILE]</c>: the
/// server's rendering of an instance or frame (WADO-RS rendered), saved as a picture.
/// </summary>
internal static class RenderedCommand
{
    public static Command Create()
    {
        var frame = new Option<int?>("--frame", "-f") { Description = "Render this 1-based frame instead of the instance" };
        var format = new Option<RenderedFormat>("--format") { Description = "jpeg or png", DefaultValueFactory = _ => RenderedFormat.Jpeg };
        var quality = new Option<int?>("--quality") { Description = "JPEG quality, 1 to 100 (the server's default when not given)" };
        var output = new Option<string>("--output", "-o") { Description = "The picture file; {SOPInstanceUID}[.frame-N].jpg|.png in the current folder by default" };
        var command = TargetCommands.InstanceCommand("rendered", "An instance or frame rendered by the server (WADO-RS rendered), saved as a JPEG or PNG picture", (instance, target) => instance.WithAction(async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var (path, image) = await RenderedSaver.SaveAsync(client, target(context.Parse), context.Get(frame), context.Get(format), context.Get(quality), context.Get(output), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"{path}  {image.MediaType}, {image.Data.Length} bytes").ConfigureAwait(false);
            return 0;
        }));
        command.Options.Add(frame);
        command.Options.Add(format);
        command.Options.Add(quality);
        command.Options.Add(output);
        return command;
    }
}

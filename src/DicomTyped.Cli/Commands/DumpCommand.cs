using System.CommandLine;
using System.IO;
using DicomTyped.Cli.Dump;

namespace DicomTyped.Cli.Commands;

/// <summary><c>dicomweb dump FILE [--json]</c>: a local DICOM file as text (like dcmdump) or as DICOM JSON; needs no service.</summary>
internal static class DumpCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A DICOM Part 10 file" };
        var json = new Option<bool>("--json") { Description = "Print the data set as DICOM JSON instead of text" };
        var command = new Command("dump", "Print a local DICOM file as text (like dcmdump) or as DICOM JSON, with the reader's warnings on stderr")
        {
            file, json,
        };
        return command.WithAction((context, cancellationToken) => DumpFile.RunAsync(context, context.Get(file)!, context.Get(json), cancellationToken));
    }
}

using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Commands;
using DicomTyped.Dicom.Json;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Dump;

/// <summary>
/// Reads a local Part 10 file with the core's tolerant reader (its default limits bound memory) and prints it as text
/// or as DICOM JSON (PS3.18 F.2; binary values inline). Faults the reader read through go to stderr as warnings;
/// exit code 0 unless the file could not be read at all.
/// </summary>
internal static class DumpFile
{
    public static async Task<int> RunAsync(CommandContext context, FileInfo path, bool json, CancellationToken cancellationToken)
    {
        if (!path.Exists)
        {
            throw new CommandLineException($"{path.FullName} does not exist.");
        }
        using var file = await DicomFile.OpenAsync(path.FullName, DicomReadOptions.Default, cancellationToken).ConfigureAwait(false);
        foreach (var warning in file.Warnings)
        {
            await context.Error.WriteLineAsync($"dicomweb: warning: {path.Name}: {warning}").ConfigureAwait(false);
        }
        var text = json ? Encoding.UTF8.GetString(DicomJsonWriter.ToUtf8Bytes(file.Dataset)) : DatasetDump.Format(file);
        await context.Output.WriteLineAsync(text).ConfigureAwait(false);
        return 0;
    }
}

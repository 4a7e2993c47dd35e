using System.IO;
using Spectre.Console;

namespace DicomTyped.Cli.Transfer;

/// <summary>Chooses the progress display: a bar on a terminal, plain lines on stderr otherwise.</summary>
internal static class TransferProgress
{
    public static ITransferProgressHost For(bool isTerminal, TextWriter error) =>
        isTerminal ? new RichTransferProgress(AnsiConsole.Console) : new PlainTransferProgress(error);
}

using System.CommandLine;
using System.Threading.Tasks;
using DicomTyped.Cli.Commands;

namespace DicomTyped.Cli;

/// <summary>The <c>dicomweb</c> command line: a thin face over the DicomTyped client and the embedded server.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    /// <summary>The command tree.</summary>
    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("dicomweb: DICOMweb from the command line (the Azure walk-through, a local server)");
        root.Options.Add(CliOptions.Verbose);
        root.Subcommands.Add(TutorialCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}

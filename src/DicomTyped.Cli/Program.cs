using System.CommandLine;
using System.Threading.Tasks;
using DicomTyped.Cli.Commands;

namespace DicomTyped.Cli;

/// <summary>The <c>dicomweb</c> command line: a thin face over the DicomTyped client and the embedded server.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    /// <summary>The command tree: the global options (recursive, so they may follow the command), then one line per command.</summary>
    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("dicomweb: DICOMweb from the command line: search, store, retrieve, delete, the change feed, a local server and the Azure walk-through");
        foreach (var option in CliOptions.All)
        {
            root.Options.Add(option);
        }
        // Commands: one line each (keep them in this order to keep merges apart).
        root.Subcommands.Add(TutorialCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(DeleteCommand.Create());
        root.Subcommands.Add(ChangeFeedCommand.Create());
        root.Subcommands.Add(DumpCommand.Create());
        root.Subcommands.Add(StoreCommand.Create());
        root.Subcommands.Add(RetrieveCommand.Create());
        root.Subcommands.Add(MetadataCommand.Create());
        root.Subcommands.Add(FramesCommand.Create());
        root.Subcommands.Add(RenderedCommand.Create());
        root.Subcommands.Add(ConformanceCommand.Create());
        return root;
    }
}

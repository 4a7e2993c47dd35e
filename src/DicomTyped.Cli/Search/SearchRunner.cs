using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Commands;
using DicomTyped.Cli.Formatting;
using DicomTyped.Dicom;

namespace DicomTyped.Cli.Search;

/// <summary>Runs a checked search: one page as asked, or with <c>--all</c> every page (the client follows limit and offset).</summary>
internal static class SearchRunner
{
    public static async Task<int> RunAsync(CommandContext context, SearchRequest request, SearchFormat format, CancellationToken cancellationToken)
    {
        using var client = context.CreateClient();
        List<DicomDataset> matches;
        if (request.All)
        {
            matches = [];
            await foreach (var match in client.SearchAllAsync<DatasetMatch>(request.Route.Path, request.Parameters, cancellationToken).ConfigureAwait(false))
            {
                matches.Add(match.Dataset);
            }
        }
        else
        {
            var page = await client.SearchAsync<DatasetMatch>(request.Route.Path, request.Parameters, cancellationToken).ConfigureAwait(false);
            matches = page.Items.Select(m => m.Dataset).ToList();
        }
        await SearchOutput.WriteAsync(matches, request, format, context.Output, context.IsTerminal).ConfigureAwait(false);
        return 0;
    }
}

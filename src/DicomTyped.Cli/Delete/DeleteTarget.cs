using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Cli.Commands;
using DicomTyped.Client;

namespace DicomTyped.Cli.Delete;

/// <summary>What <c>delete</c> removes: a study, a series of it, or one instance, by UID.</summary>
internal sealed record DeleteTarget(string Level, string Study, string? Series = null, string? Instance = null)
{
    /// <summary>"study 1.2.3", "series 1.2.3/4.5.6", as printed.</summary>
    public string Display => Level + " " + string.Join('/', new[] { Study, Series, Instance }.Where(u => u is not null));

    /// <summary>Deletes the target; a target the service does not have is a failure (exit 1) with its own line.</summary>
    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        using var client = context.CreateClient();
        var result = Instance is not null ? await client.DeleteInstanceAsync(Study, Series!, Instance, cancellationToken).ConfigureAwait(false)
            : Series is not null ? await client.DeleteSeriesAsync(Study, Series, cancellationToken).ConfigureAwait(false)
            : await client.DeleteStudyAsync(Study, cancellationToken).ConfigureAwait(false);
        if (result == DeleteResult.NotFound)
        {
            throw new CommandLineException($"{Display} was not found on the service (404); nothing was deleted.");
        }
        await context.Output.WriteLineAsync($"Deleted {Display}").ConfigureAwait(false);
        return 0;
    }
}

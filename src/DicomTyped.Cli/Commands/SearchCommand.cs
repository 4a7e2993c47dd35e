using System.CommandLine;
using DicomTyped.Cli.Search;

namespace DicomTyped.Cli.Commands;

/// <summary>
/// <c>dicomweb search studies|series|instances [--study UID] [--series UID] [--filter Key=Value]... [--include Key]...
/// [--fuzzy] [--limit N] [--offset N] [--all] [--json|--csv]</c>: QIDO-RS (PS3.18 10.6), keys checked before sending.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var target = new Argument<SearchTarget>("level") { Description = "What to search: studies, series or instances" };
        // Completion offers the words as typed on the command line, not the enum's names.
        target.CompletionSources.Clear();
        target.CompletionSources.Add("studies", "series", "instances");
        var study = new Option<string>("--study") { Description = "Search within this study (series or instances of it)" };
        var series = new Option<string>("--series") { Description = "Search within this series (its instances; needs --study)" };
        var filter = new Option<string[]>("--filter", "-f")
        {
            Description = "Match Key=Value: a keyword or tag (ggggeeee), e.g. PatientName=Doe^J* or StudyDate=20240101-20241231; repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var include = new Option<string[]>("--include", "-i") { Description = "Also return this attribute (keyword or tag; 'all' for includefield=all); repeatable or comma-separated" };
        var fuzzy = new Option<bool>("--fuzzy") { Description = "fuzzymatching=true: person names match by word prefix (where the service offers it)" };
        var limit = new Option<int?>("--limit") { Description = "Matches per page (the service's default when omitted)" };
        var offset = new Option<int?>("--offset") { Description = "Skip this many matches" };
        var all = new Option<bool>("--all") { Description = "Follow paging (limit and offset) until the service has no more" };
        var json = new Option<bool>("--json") { Description = "Print the DICOM JSON array" };
        var csv = new Option<bool>("--csv") { Description = "Print CSV with a header row" };
        var command = new Command("search", "Search studies, series or instances (QIDO-RS)")
        {
            target, study, series, filter, include, fuzzy, limit, offset, all, json, csv,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(csv))
            {
                result.AddError("Give --json or --csv, not both.");
            }
        });
        return command.WithAction((context, cancellationToken) =>
        {
            var request = SearchRequest.Build(
                context.Get(target), context.Get(study), context.Get(series), context.Get(filter) ?? [], context.Get(include) ?? [],
                context.Get(fuzzy), context.Get(limit), context.Get(offset), context.Get(all), context.Profile);
            var format = context.Get(json) ? SearchFormat.Json : context.Get(csv) ? SearchFormat.Csv : SearchFormat.Table;
            return SearchRunner.RunAsync(context, request, format, cancellationToken);
        });
    }
}

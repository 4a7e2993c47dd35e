using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;

namespace DicomTyped.Cli.Conformance;

internal sealed partial class ConformanceRunner
{
    /// <summary>limit and offset (PS3.18 8.3.4.4) on the instances of series A, within the bounds the profile gives.</summary>
    private async Task PagingChecksAsync(CancellationToken cancellationToken)
    {
        var route = SearchRoute.All.Single(r => r.Name == "series-instances");
        var scope = Scope(route);
        if (scope.Count < 2)
        {
            return;
        }
        var rules = Profile.Rules;
        var path = route.Path(_study.Study, scope[0].Series);
        var ours = scope.Select(i => i.Instance).ToHashSet();
        if (rules.LimitMin is null)
        {
            NotSupported("paging.limit", "paging", "limit=1 returns one match", "the profile has no limit parameter");
            NotSupported("paging.offset", "paging", "limit=1 with offset=0,1,… returns each match once", "the profile has no limit parameter");
            return;
        }
        await CheckAsync("paging.limit", "paging", "limit=1 returns one match", $"1 of the {scope.Count} instances for {path}?limit=1", async ct =>
        {
            var found = await SearchUidsAsync(path, [new("limit", "1")], route, ct).ConfigureAwait(false);
            return CheckVerdict.When(found.Count == 1 && ours.Contains(found.First()), "1 match", "1 match", $"{found.Count} match(es): {List(found)}");
        }, cancellationToken).ConfigureAwait(false);

        if (!rules.SupportsOffset)
        {
            NotSupported("paging.offset", "paging", "limit=1 with offset=0,1,… returns each match once", "offset is not accepted");
        }
        else
        {
            await CheckAsync("paging.offset", "paging", "limit=1 with offset=0,1,… returns each match once, then none",
                $"{scope.Count} pages of one distinct instance each, then an empty page", async ct =>
                {
                    var pages = new List<HashSet<string>>();
                    for (var offset = 0; offset <= scope.Count; offset++)
                    {
                        pages.Add(await SearchUidsAsync(path, [new("limit", "1"), new("offset", offset.ToString(CultureInfo.InvariantCulture))], route, ct).ConfigureAwait(false));
                    }
                    var seen = pages.Take(scope.Count).SelectMany(p => p).ToList();
                    var ok = pages.Take(scope.Count).All(p => p.Count == 1) && seen.Distinct().Count() == scope.Count && seen.All(ours.Contains) && pages[^1].Count == 0;
                    var actual = string.Join("; ", pages.Select((p, i) => $"offset {i}: {p.Count}"));
                    return CheckVerdict.When(ok, $"{scope.Count} distinct pages, then none", $"{scope.Count} pages of one distinct instance each, then an empty page", actual);
                }, cancellationToken).ConfigureAwait(false);
        }

        if (rules.LimitMax is { } max && max < int.MaxValue)
        {
            var over = (max + 1).ToString(CultureInfo.InvariantCulture);
            await CheckAsync("paging.limit-above-maximum", "paging", $"limit above the profile's maximum ({max}) is refused", $"400 for {path}?limit={over}", async ct =>
            {
                try
                {
                    var found = await SearchUidsAsync(path, [new("limit", over)], route, ct).ConfigureAwait(false);
                    return CheckVerdict.Fail($"400 for limit={over}", $"200 with {found.Count} match(es)");
                }
                catch (DicomWebException exception) when (exception.StatusCode == HttpStatusCode.BadRequest)
                {
                    return CheckVerdict.Pass("400");
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Query;

namespace DicomTyped.Cli.Conformance;

internal sealed partial class ConformanceRunner
{
    private static readonly QidoMatching[] Kinds = [QidoMatching.Exact, QidoMatching.Range, QidoMatching.Fuzzy, QidoMatching.Wildcard, QidoMatching.UidList];

    /// <summary>
    /// One check per route, searchable attribute and matching kind the profile lists: a value that matches the suite's
    /// instances must find them, and a value of the same kind that matches none must not. On the three top-level routes
    /// the search is narrowed to the suite's study by StudyInstanceUID, so other data on the server changes nothing and
    /// a server that ignores the attribute is caught by the second request.
    /// </summary>
    private async Task SearchChecksAsync(CancellationToken cancellationToken)
    {
        foreach (var route in SearchRoute.All)
        {
            foreach (var rule in Profile.Rules.Attributes.Where(r => (r.SearchableOn & route.Flag) != 0))
            {
                foreach (var kind in Kinds.Where(k => (rule.Matching & k) != 0))
                {
                    await SearchCheckAsync(route, rule, kind, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task SearchCheckAsync(SearchRoute route, QidoAttributeRule rule, QidoMatching kind, CancellationToken cancellationToken)
    {
        var scope = Scope(route);
        if (scope.Count == 0)
        {
            return;
        }
        var source = ValueOf(scope[0], rule);
        if (source is null)
        {
            return;   // an attribute the suite cannot give a value (a sequence, an unknown VR): nothing to search for
        }
        var expected = scope.Where(i => ValueOf(i, rule) == source).Select(i => i.Dataset.GetUid(route.TargetUid)!).Distinct().ToList();
        var ours = scope.Select(i => i.Dataset.GetUid(route.TargetUid)!).ToHashSet();
        var path = route.Path(_study.Study, scope[0].Series);
        var matching = Parameters(route, rule, kind, SyntheticValues.Matching(rule.VR, kind, source));
        var notMatching = Parameters(route, rule, kind, SyntheticValues.NotMatching(rule.VR, kind, source));
        var id = $"search.{route.Name}.{rule.Keyword}.{KindName(kind)}";
        var title = $"GET {route.Name} ?{rule.Keyword} {KindName(kind)} matching";
        await CheckAsync(id, "search", title, $"{Keyword(route)} {List(expected)} among the matches of {Query(path, matching)}, and none of ours for {Query(path, notMatching)}",
            async ct =>
            {
                var found = await SearchUidsAsync(path, matching, route, ct).ConfigureAwait(false);
                var missing = expected.Where(u => !found.Contains(u)).ToList();
                if (missing.Count > 0)
                {
                    return CheckVerdict.Fail($"{Keyword(route)} {List(expected)} among the matches of {Query(path, matching)}",
                        $"{found.Count} match(es){(found.Count == 0 ? "" : ": " + List(found))}; missing {List(missing)}");
                }
                var wrong = (await SearchUidsAsync(path, notMatching, route, ct).ConfigureAwait(false)).Where(ours.Contains).ToList();
                return CheckVerdict.When(wrong.Count == 0, $"{expected.Count} found; 0 for a value that matches none",
                    $"none of the suite's matches for {Query(path, notMatching)}", $"{List(wrong)} matched it: the attribute was not applied");
            }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The suite's instances a route can reach: all of them, or series A's on the series-instances route.</summary>
    private List<SyntheticInstance> Scope(SearchRoute route)
    {
        var seriesA = _study.SeriesA[0].Series;
        return route.InSeries ? _stored.Where(i => i.Series == seriesA).ToList() : _stored.ToList();
    }

    // ModalitiesInStudy is computed by the server from the instances' Modality; everything else is as stored.
    private static string? ValueOf(SyntheticInstance instance, QidoAttributeRule rule) =>
        rule.Keyword == "ModalitiesInStudy"
            ? instance.Dataset.GetString(DicomTags.Modality)
            : instance.Dataset.GetString(new DicomTag(rule.Tag))?.TrimEnd(' ', '\0');

    private List<KeyValuePair<string, string>> Parameters(SearchRoute route, QidoAttributeRule rule, QidoMatching kind, string value)
    {
        var parameters = new List<KeyValuePair<string, string>> { new(rule.Keyword, value) };
        if (!route.InStudy && rule.Keyword != "StudyInstanceUID" && CanNarrow(route))
        {
            parameters.Insert(0, new("StudyInstanceUID", _study.Study));
        }
        if (kind == QidoMatching.Fuzzy)
        {
            parameters.Add(new("fuzzymatching", "true"));
        }
        return parameters;
    }

    private bool CanNarrow(SearchRoute route) =>
        Profile.Rules.Attributes.Any(r => r.Keyword == "StudyInstanceUID" && (r.SearchableOn & route.Flag) != 0 && (r.Matching & QidoMatching.Exact) != 0);

    private async Task<HashSet<string>> SearchUidsAsync(string path, IEnumerable<KeyValuePair<string, string>> parameters, SearchRoute route, CancellationToken cancellationToken)
    {
        var page = await _client.SearchAsync<MatchDataset>(path, parameters, cancellationToken).ConfigureAwait(false);
        return page.Items.Select(m => m.Dataset.GetUid(route.TargetUid)).OfType<string>().ToHashSet();
    }

    private static string Keyword(SearchRoute route) => route.Target switch
    {
        QidoLevel.Study => "study",
        QidoLevel.Series => "series",
        _ => "instances",
    };

    private static string KindName(QidoMatching kind) => kind switch
    {
        QidoMatching.UidList => "list",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Query(string path, IEnumerable<KeyValuePair<string, string>> parameters) =>
        path + "?" + string.Join("&", parameters.Select(p => p.Key + "=" + p.Value));
}

using System;
using DicomTyped.Cli.Commands;
using DicomTyped.Query;

namespace DicomTyped.Cli.Search;

/// <summary>What <c>search</c> looks for.</summary>
internal enum SearchTarget
{
    Studies,
    Series,
    Instances,
}

/// <summary>The QIDO-RS route (PS3.18 10.6) a target with <c>--study</c>/<c>--series</c> searches.</summary>
internal sealed record SearchRoute(QidoRoutes Route, string Path)
{
    /// <exception cref="CommandLineException">A combination no route has (series of a series, <c>--series</c> without <c>--study</c>).</exception>
    public static SearchRoute For(SearchTarget target, string? study, string? series) => (target, study, series) switch
    {
        (SearchTarget.Studies, null, null) => new(QidoRoutes.Studies, "studies"),
        (SearchTarget.Series, null, null) => new(QidoRoutes.Series, "series"),
        (SearchTarget.Series, not null, null) => new(QidoRoutes.StudySeries, $"studies/{study}/series"),
        (SearchTarget.Instances, null, null) => new(QidoRoutes.Instances, "instances"),
        (SearchTarget.Instances, not null, null) => new(QidoRoutes.StudyInstances, $"studies/{study}/instances"),
        (SearchTarget.Instances, not null, not null) => new(QidoRoutes.SeriesInstances, $"studies/{study}/series/{series}/instances"),
        (_, null, not null) => throw new CommandLineException("--series needs --study: QIDO-RS searches a series' instances under its study (studies/{study}/series/{series}/instances)."),
        (SearchTarget.Studies, _, _) => throw new CommandLineException("search studies takes no --study or --series; filter with --filter StudyInstanceUID=... instead."),
        _ => throw new CommandLineException("search series takes no --series; filter with --filter SeriesInstanceUID=... instead."),
    };

    /// <summary>The route as PS3.18 writes it, such as <c>/studies/{study}/series</c>.</summary>
    public string Display => Describe(Route);

    public static string Describe(QidoRoutes route) => route switch
    {
        QidoRoutes.Studies => "/studies",
        QidoRoutes.Series => "/series",
        QidoRoutes.Instances => "/instances",
        QidoRoutes.StudySeries => "/studies/{study}/series",
        QidoRoutes.StudyInstances => "/studies/{study}/instances",
        QidoRoutes.SeriesInstances => "/studies/{study}/series/{series}/instances",
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };
}

using DicomTyped.Query;

namespace DicomTyped.Server.Search;

/// <summary>One of the six QIDO-RS routes: which level it returns and which levels each match carries.</summary>
/// <param name="Route">The route.</param>
/// <param name="ResultLevel">The level of its matches.</param>
/// <param name="CarriesStudy">Study attributes are returned (studies, all series, all instances).</param>
/// <param name="CarriesSeries">Series attributes are returned (every series or instance route but the series' instances).</param>
internal sealed record QidoRoute(QidoRoutes Route, QidoLevel ResultLevel, bool CarriesStudy, bool CarriesSeries)
{
    public static readonly QidoRoute Studies = new(QidoRoutes.Studies, QidoLevel.Study, true, false);
    public static readonly QidoRoute Series = new(QidoRoutes.Series, QidoLevel.Series, true, true);
    public static readonly QidoRoute Instances = new(QidoRoutes.Instances, QidoLevel.Instance, true, true);
    public static readonly QidoRoute StudySeries = new(QidoRoutes.StudySeries, QidoLevel.Series, false, true);
    public static readonly QidoRoute StudyInstances = new(QidoRoutes.StudyInstances, QidoLevel.Instance, false, true);
    public static readonly QidoRoute SeriesInstances = new(QidoRoutes.SeriesInstances, QidoLevel.Instance, false, false);
}

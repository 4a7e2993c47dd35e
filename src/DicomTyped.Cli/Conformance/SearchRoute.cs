using System.Collections.Generic;
using DicomTyped.Dicom;
using DicomTyped.Query;

namespace DicomTyped.Cli.Conformance;

/// <summary>One of the six QIDO-RS routes (PS3.18 10.6), with the name the profile files use and the level it returns.</summary>
/// <param name="Flag">The route in the generated rules.</param>
/// <param name="Name">The profile's name for it (<c>study-series</c>).</param>
/// <param name="Target">The level of the matches it returns.</param>
/// <param name="InStudy">True for the routes under one study (the study is in the path, not a query key).</param>
/// <param name="InSeries">True for the route under one series.</param>
internal sealed record SearchRoute(QidoRoutes Flag, string Name, QidoLevel Target, bool InStudy, bool InSeries)
{
    public static IReadOnlyList<SearchRoute> All { get; } =
    [
        new(QidoRoutes.Studies, "studies", QidoLevel.Study, false, false),
        new(QidoRoutes.Series, "series", QidoLevel.Series, false, false),
        new(QidoRoutes.Instances, "instances", QidoLevel.Instance, false, false),
        new(QidoRoutes.StudySeries, "study-series", QidoLevel.Series, true, false),
        new(QidoRoutes.StudyInstances, "study-instances", QidoLevel.Instance, true, false),
        new(QidoRoutes.SeriesInstances, "series-instances", QidoLevel.Instance, true, true),
    ];

    /// <summary>The path relative to the service base.</summary>
    public string Path(string study, string series) => Flag switch
    {
        QidoRoutes.StudySeries => $"studies/{study}/series",
        QidoRoutes.StudyInstances => $"studies/{study}/instances",
        QidoRoutes.SeriesInstances => $"studies/{study}/series/{series}/instances",
        _ => Name,
    };

    /// <summary>The UID that identifies a match of this route: the study, series or SOP Instance UID.</summary>
    public DicomTag TargetUid => Target switch
    {
        QidoLevel.Study => DicomTags.StudyInstanceUID,
        QidoLevel.Series => DicomTags.SeriesInstanceUID,
        _ => DicomTags.SOPInstanceUID,
    };
}

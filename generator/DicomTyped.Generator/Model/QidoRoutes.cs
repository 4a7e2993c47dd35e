using System;

namespace DicomTyped.Generator.Model;

/// <summary>The six QIDO-RS routes of PS3.18 10.6, as profile files name them.</summary>
[Flags]
internal enum QidoRoutes
{
    None = 0,
    /// <summary><c>studies</c>: GET {base}/studies</summary>
    Studies = 1,
    /// <summary><c>series</c>: GET {base}/series</summary>
    Series = 2,
    /// <summary><c>instances</c>: GET {base}/instances</summary>
    Instances = 4,
    /// <summary><c>study-series</c>: GET {base}/studies/{study}/series</summary>
    StudySeries = 8,
    /// <summary><c>study-instances</c>: GET {base}/studies/{study}/instances</summary>
    StudyInstances = 16,
    /// <summary><c>series-instances</c>: GET {base}/studies/{study}/series/{series}/instances</summary>
    SeriesInstances = 32,
}

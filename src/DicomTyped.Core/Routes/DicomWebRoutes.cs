namespace DicomTyped.Routes;

/// <summary>
/// The DICOMweb resource paths (PS3.18 10.4 store, 10.4 retrieve, 10.6 search; Azure's delete and change feed),
/// relative to a service's base URL, written once for the client's Refit interfaces and the server's endpoints
/// so that the two cannot drift apart. Parameter names are the same on both sides.
/// </summary>
public static class DicomWebRoutes
{
    /// <summary>The study route parameter.</summary>
    public const string StudyParameter = "studyInstanceUid";

    /// <summary>The series route parameter.</summary>
    public const string SeriesParameter = "seriesInstanceUid";

    /// <summary>The instance route parameter.</summary>
    public const string InstanceParameter = "sopInstanceUid";

    /// <summary><c>studies</c>: store (POST), search for studies (GET).</summary>
    public const string Studies = "studies";

    /// <summary><c>studies/{study}</c>: store into a study, retrieve it, delete it.</summary>
    public const string Study = "studies/{studyInstanceUid}";

    /// <summary><c>studies/{study}/metadata</c>.</summary>
    public const string StudyMetadata = Study + "/metadata";

    /// <summary><c>studies/{study}/series</c>: search for a study's series.</summary>
    public const string StudySeries = Study + "/series";

    /// <summary><c>studies/{study}/instances</c>: search for a study's instances.</summary>
    public const string StudyInstances = Study + "/instances";

    /// <summary><c>studies/{study}/series/{series}</c>: retrieve, delete.</summary>
    public const string Series = Study + "/series/{seriesInstanceUid}";

    /// <summary><c>studies/{study}/series/{series}/metadata</c>.</summary>
    public const string SeriesMetadata = Series + "/metadata";

    /// <summary><c>studies/{study}/series/{series}/instances</c>: search for a series' instances.</summary>
    public const string SeriesInstances = Series + "/instances";

    /// <summary><c>studies/{study}/series/{series}/instances/{instance}</c>: retrieve, delete.</summary>
    public const string Instance = Series + "/instances/{sopInstanceUid}";

    /// <summary><c>…/instances/{instance}/metadata</c>.</summary>
    public const string InstanceMetadata = Instance + "/metadata";

    /// <summary><c>…/instances/{instance}/frames/{frames}</c>: a comma-separated, 1-based frame list.</summary>
    public const string Frames = Instance + "/frames/{frames}";

    /// <summary><c>…/instances/{instance}/rendered</c>.</summary>
    public const string InstanceRendered = Instance + "/rendered";

    /// <summary><c>…/instances/{instance}/frames/{frame}/rendered</c>.</summary>
    public const string FrameRendered = Instance + "/frames/{frame}/rendered";

    /// <summary><c>…/instances/{instance}/thumbnail</c> (PS3.18 10.4.1.1.4 thumbnail resources).</summary>
    public const string InstanceThumbnail = Instance + "/thumbnail";

    /// <summary><c>series</c>: search for series across studies.</summary>
    public const string AllSeries = "series";

    /// <summary><c>instances</c>: search for instances across studies.</summary>
    public const string AllInstances = "instances";

    /// <summary><c>changefeed</c> (Azure): a page of change-feed entries.</summary>
    public const string ChangeFeed = "changefeed";

    /// <summary><c>changefeed/latest</c> (Azure): the newest entry.</summary>
    public const string ChangeFeedLatest = "changefeed/latest";

    /// <summary><c>extendedquerytags</c> (Azure): add (POST) and list (GET) extended query tags.</summary>
    public const string ExtendedQueryTags = "extendedquerytags";

    /// <summary><c>extendedquerytags/{tagPath}</c> (Azure): get, delete, update one tag (keyword or 8 hex digits).</summary>
    public const string ExtendedQueryTag = "extendedquerytags/{tagPath}";

    /// <summary><c>extendedquerytags/{tagPath}/errors</c> (Azure): the instances whose value could not be indexed.</summary>
    public const string ExtendedQueryTagErrors = ExtendedQueryTag + "/errors";

    /// <summary><c>operations/{operationId}</c> (Azure): a long-running operation, such as a reindex.</summary>
    public const string Operation = "operations/{operationId}";
}

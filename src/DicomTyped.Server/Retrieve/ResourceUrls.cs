using System;
using System.Globalization;
using DicomTyped.Server.Index;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// Absolute URLs of retrieved resources for the parts' Content-Location (PS3.18 8.6.1.2): the request's scheme, host and
/// path up to its API version segment, then the resource path. UIDs in the index passed the UID syntax when stored, so
/// they need no escaping.
/// </summary>
internal static class ResourceUrls
{
    /// <summary><c>{base}/studies/{study}/series/{series}/instances/{instance}</c>.</summary>
    public static string Instance(HttpRequest request, InstanceLocation instance) =>
        $"{ServiceBase(request)}/studies/{instance.StudyInstanceUid}/series/{instance.SeriesInstanceUid}/instances/{instance.SopInstanceUid}";

    /// <summary><c>{instance}/frames/{frame}</c>.</summary>
    public static string Frame(HttpRequest request, InstanceLocation instance, int frame) =>
        Instance(request, instance) + "/frames/" + frame.ToString(CultureInfo.InvariantCulture);

    /// <summary>The base URL of the API version serving the request, e.g. <c>http://127.0.0.1:5000/v2</c>.</summary>
    public static string ServiceBase(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var studies = path.IndexOf("/studies/", StringComparison.Ordinal);
        var prefix = studies >= 0 ? path[..studies] : "";
        return $"{request.Scheme}://{request.Host}{request.PathBase}{prefix}";
    }
}

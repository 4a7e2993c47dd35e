using System;
using System.Globalization;
using DicomTyped.Server.Hosting;
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

    /// <summary>
    /// The base URL of the API version serving the request, e.g. <c>http://127.0.0.1:5000/v2</c>: the one place the
    /// server builds it (store's RetrieveURLs, retrieve's links, extended query tags and operations), from the version
    /// of the route group (<see cref="ApiVersion"/>) that MapDicomWeb maps at <c>/v{n}</c>.
    /// </summary>
    public static string ServiceBase(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/v{ApiVersion.Of(request.HttpContext)}";
}

using System;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Routes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DicomTyped.Server.Hosting;

/// <summary>
/// Refuses (400) a request whose route UIDs are outside the UID syntax (<see cref="Dicom.DicomUid.IsWellFormed"/>)
/// or whose raw path holds dot segments or encoded slashes, before any endpoint runs: no such request reaches a file.
/// </summary>
internal sealed class RouteUidFilter : IEndpointFilter
{
    private static readonly string[] UidParameters = [DicomWebRoutes.StudyParameter, DicomWebRoutes.SeriesParameter, DicomWebRoutes.InstanceParameter];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // Kestrel resolves '..' before routing; the raw target still shows what was sent.
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        var path = raw.Split('?', 2)[0];
        if (HasDotSegmentOrEncodedSlash(path))
        {
            return Refuse($"The request path '{path}' holds a '.' or '..' segment or an encoded '/' or '\\'.");
        }
        foreach (var name in UidParameters)
        {
            if (http.Request.RouteValues.TryGetValue(name, out var value) && value is string uid && !DicomUid.IsWellFormed(uid))
            {
                return Refuse($"The {name} in the route, '{uid}', is not a UID (1 to 64 letters, digits, '.' and '-', no empty component).");
            }
        }
        return next(context);
    }

    private static ValueTask<object?> Refuse(string message) =>
        ValueTask.FromResult<object?>(Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest));

    private static bool HasDotSegmentOrEncodedSlash(string path)
    {
        var decodedDots = path.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
        if (decodedDots.Contains("%2f", StringComparison.OrdinalIgnoreCase) || decodedDots.Contains("%5c", StringComparison.OrdinalIgnoreCase) || decodedDots.Contains('\\'))
        {
            return true;
        }
        foreach (var segment in decodedDots.Split('/'))
        {
            if (segment is "." or "..")
            {
                return true;
            }
        }
        return false;
    }
}

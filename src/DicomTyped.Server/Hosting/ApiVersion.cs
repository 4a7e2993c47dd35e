using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Hosting;

/// <summary>Endpoint metadata: the API version of the route group (<c>/v1/…</c> or <c>/v2/…</c>).</summary>
/// <param name="Major">1 or 2.</param>
internal sealed record ApiVersion(int Major)
{
    /// <summary>The version of the endpoint serving <paramref name="context"/> (2 when none is attached).</summary>
    public static int Of(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<ApiVersion>()?.Major ?? 2;
}

using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Hosting;

/// <summary>When a token is configured, every request must carry <c>Authorization: Bearer {token}</c>; else 401.</summary>
internal sealed class BearerTokenFilter(DicomWebServices services) : IEndpointFilter
{
    private readonly byte[]? _expected = services.Options.BearerToken is { } token ? Encoding.UTF8.GetBytes(token) : null;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_expected is null || IsAuthorized(context.HttpContext.Request))
        {
            return next(context);
        }
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return ValueTask.FromResult<object?>(Results.Text("A valid 'Authorization: Bearer' token is required.", "text/plain; charset=utf-8", statusCode: 401));
    }

    private bool IsAuthorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var presented = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        // Constant time: the comparison does not tell how many leading bytes were right.
        return CryptographicOperations.FixedTimeEquals(presented, _expected);
    }
}

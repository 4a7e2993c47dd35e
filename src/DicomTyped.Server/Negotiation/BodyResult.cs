using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Negotiation;

/// <summary>An answer of a given status with a body already made (e.g. a store response data set on 202 or 409).</summary>
internal sealed class BodyResult(ReadOnlyMemory<byte> body, string contentType, int statusCode) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}

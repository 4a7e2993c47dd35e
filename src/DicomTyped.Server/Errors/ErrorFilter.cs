using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DicomTyped.Server.Errors;

/// <summary>Catches what an endpoint throws and answers it through <see cref="ErrorMapping"/>.</summary>
internal sealed class ErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.HttpContext.Response.HasStarted)
        {
            var status = ErrorMapping.StatusCodeOf(exception);
            if (status >= 500)
            {
                context.HttpContext.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("DicomTyped.Server")
                    .LogError(exception, "{Method} {Path} failed", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            }
            return ErrorMapping.ToResult(exception);
        }
    }
}

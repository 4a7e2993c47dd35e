using System;
using DicomTyped.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DicomTyped.Server;

/// <summary>Registers the embedded DICOMweb server in an ASP.NET Core application.</summary>
public static class DicomWebServiceCollectionExtensions
{
    /// <summary>
    /// Adds the server's services: the instance file store and the SQLite index under
    /// <see cref="DicomWebServerOptions.DataDirectory"/>. Map the routes with
    /// <see cref="DicomWebEndpointRouteBuilderExtensions.MapDicomWeb"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range (checked when the services are first resolved).</exception>
    public static IServiceCollection AddDicomWebServer(this IServiceCollection services, DicomWebServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton<DicomWebServices>();
        services.AddSingleton<BearerTokenFilter>();
        services.AddSingleton<Store.StoreService>();
        return services;
    }
}

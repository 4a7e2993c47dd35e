using System;
using System.Threading;
using DicomTyped.Server.ChangeFeed;
using DicomTyped.Server.Delete;
using DicomTyped.Server.Errors;
using DicomTyped.Server.ExtendedQueryTags;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Retrieve;
using DicomTyped.Server.Search;
using DicomTyped.Server.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DicomTyped.Server;

/// <summary>Maps the DICOMweb routes of the Azure DICOM service API.</summary>
public static class DicomWebEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps store, retrieve, search, delete, the change feed and extended query tags (with their operations) under <c>/v1/</c> and <c>/v2/</c> (the Azure DICOM service's
    /// API versions: v1 also fails instances with invalid searchable attributes, and pages the change feed by sequence number).
    /// Creates the index schema and reconciles instance files with index rows before returning.
    /// </summary>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="InvalidOperationException">AddDicomWebServer was not called.</exception>
    public static IEndpointRouteBuilder MapDicomWeb(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider.GetService<DicomWebServices>()
            ?? throw new InvalidOperationException("Call services.AddDicomWebServer(options) before app.MapDicomWeb().");
        // Start-up work happens before the first request can arrive: mapping runs before the server listens.
        services.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        foreach (var version in new[] { 1, 2 })
        {
            var group = endpoints.MapGroup("/v" + version)
                .WithMetadata(new ApiVersion(version))
                .AddEndpointFilter<BearerTokenFilter>()
                .AddEndpointFilter(new RouteUidFilter())
                .AddEndpointFilter(new ErrorFilter());
            group.MapStore();
            group.MapRetrieve();
            group.MapSearch();
            group.MapDelete();
            group.MapChangeFeed();
            group.MapExtendedQueryTags();
            group.MapOperations();
        }
        return endpoints;
    }
}

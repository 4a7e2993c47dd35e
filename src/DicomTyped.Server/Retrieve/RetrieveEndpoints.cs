using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.Retrieve;

/// <summary>WADO-RS: study, series, instance, metadata, frames, rendered and thumbnail (owned by the retrieve work).</summary>
internal static class RetrieveEndpoints
{
    /// <summary>Maps the retrieve routes of one API version's group.</summary>
    internal static RouteGroupBuilder MapRetrieve(this RouteGroupBuilder group)
    {
        return group;
    }
}

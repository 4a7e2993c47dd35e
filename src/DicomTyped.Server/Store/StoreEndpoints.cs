using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.Store;

/// <summary>STOW-RS.</summary>
internal static class StoreEndpoints
{
    internal static RouteGroupBuilder MapStore(this RouteGroupBuilder group)
    {
        return group;
    }
}

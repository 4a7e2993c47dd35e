using Microsoft.AspNetCore.Routing;

namespace DicomTyped.Server.Search;

/// <summary>QIDO-RS: the six search routes.</summary>
internal static class SearchEndpoints
{
    internal static RouteGroupBuilder MapSearch(this RouteGroupBuilder group)
    {
        return group;
    }
}

using System.Globalization;
using DicomTyped.Server.Errors;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary><c>limit</c> (1..200, default 100) and <c>offset</c> (0 or more) of the list endpoints, as on Azure.</summary>
internal static class Paging
{
    public const int MaxLimit = 200;
    public const int DefaultLimit = 100;

    /// <exception cref="DicomWebRequestException">400: a value out of range or not a whole number.</exception>
    public static (int Limit, int Offset) Read(IQueryCollection query)
    {
        var limit = Integer(query, "limit", DefaultLimit);
        var offset = Integer(query, "offset", 0);
        if (limit is < 1 or > MaxLimit)
        {
            throw DicomWebRequestException.BadRequest($"limit must be 1..{MaxLimit}: {limit}.");
        }
        return (limit, offset);
    }

    private static int Integer(IQueryCollection query, string name, int fallback)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return fallback;
        }
        return values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw DicomWebRequestException.BadRequest($"{name} must be one whole number of 0 or more.");
    }
}

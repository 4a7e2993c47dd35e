using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DicomTyped.Client;

/// <summary>Takes limit and offset out of an encoded query string and puts new ones back, leaving every other parameter as written.</summary>
internal static class QidoPaging
{
    public static List<string> Split(string queryString, out int? limit, out int? offset)
    {
        limit = null;
        offset = null;
        var kept = new List<string>();
        foreach (var parameter in queryString.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? parameter : parameter[..equals];
            var value = equals < 0 ? "" : parameter[(equals + 1)..];
            if (key.Equals("limit", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
            {
                limit = l;
            }
            else if (key.Equals("offset", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var o))
            {
                offset = o;
            }
            else
            {
                kept.Add(parameter);
            }
        }
        return kept;
    }

    public static string With(IEnumerable<string> parameters, int limit, int offset) =>
        string.Join('&', parameters.Append(FormattableString.Invariant($"limit={limit}")).Append(FormattableString.Invariant($"offset={offset}")));
}

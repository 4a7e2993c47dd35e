using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.RegularExpressions;

namespace DicomTyped.Client;

/// <summary>
/// Reads Warning headers as sent. PS3.18's form (<c>299 {service}: text</c>) is not RFC 7234's (quoted text), so the
/// typed header parser rejects it; the unvalidated values keep it.
/// </summary>
internal static partial class ResponseWarnings
{
    public static IReadOnlyList<string> Of(HttpResponseMessage response)
    {
        if (!response.Headers.NonValidated.TryGetValues("Warning", out var values))
        {
            return [];
        }
        var warnings = new List<string>();
        foreach (var value in values)
        {
            warnings.Add(value);
        }
        return warnings;
    }

    /// <summary>The n of <c>There are {n} additional results that can be requested</c> (PS3.18 8.3.4.4), or null.</summary>
    public static long? RemainingCount(IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
        {
            var match = AdditionalResults().Match(warning);
            if (match.Success && long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }
        }
        return null;
    }

    [GeneratedRegex(@"(\d+)\s+additional\s+result", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdditionalResults();
}

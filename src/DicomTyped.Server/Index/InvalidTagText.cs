using System;
using System.Collections.Generic;
using System.Globalization;

namespace DicomTyped.Server.Index;

/// <summary>The <c>invalid_tags</c> column: tags as 8 hex digits separated by commas (empty when none).</summary>
internal static class InvalidTagText
{
    public static string Format(IEnumerable<uint> tags) => string.Join(",", System.Linq.Enumerable.Select(tags, t => t.ToString("X8", CultureInfo.InvariantCulture)));

    public static IReadOnlyList<uint> Parse(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var parts = text.Split(',');
        var tags = new uint[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            tags[i] = uint.Parse(parts[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return tags;
    }
}

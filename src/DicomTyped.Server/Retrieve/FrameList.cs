using System;
using System.Collections.Generic;
using System.Globalization;

namespace DicomTyped.Server.Retrieve;

/// <summary>The frame list of a WADO-RS frames route (PS3.18 8.3.5.1.2): comma-separated 1-based frame numbers.</summary>
internal static class FrameList
{
    /// <summary>The most frames one request may name; a longer list is refused rather than costing the server.</summary>
    public const int MaxFrames = 10_000;

    /// <summary>
    /// Parses <c>1,2,3</c>: each number a positive decimal integer, in the order given, repeats kept; false (400) for an
    /// empty list, an empty or non-numeric entry, 0, or more than <see cref="MaxFrames"/> entries.
    /// </summary>
    public static bool TryParse(string? text, out int[] frames, out string error)
    {
        frames = [];
        if (string.IsNullOrEmpty(text))
        {
            error = "The frame list is empty.";
            return false;
        }
        var parts = text.Split(',');
        if (parts.Length > MaxFrames)
        {
            error = $"The frame list names {parts.Length} frames; at most {MaxFrames} may be asked for at once.";
            return false;
        }
        var list = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                error = $"'{part}' in the frame list is not a frame number (1-based positive integers, comma-separated).";
                return false;
            }
            list.Add(number);
        }
        frames = list.ToArray();
        error = "";
        return true;
    }
}

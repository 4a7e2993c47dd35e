using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DicomTyped.Http;

/// <summary>The 1-based frame numbers of a frames request, written <c>1,2,3</c> in the route (PS3.18 10.4.1.1.5).</summary>
public sealed class DicomFrameList
{
    private DicomFrameList(IReadOnlyList<int> numbers) => Numbers = numbers;

    /// <summary>The frame numbers, in request order.</summary>
    public IReadOnlyList<int> Numbers { get; }

    /// <summary>A list of one or more frame numbers, each at least 1.</summary>
    /// <param name="numbers">The 1-based frame numbers.</param>
    public static DicomFrameList Of(params int[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Length == 0)
        {
            throw new ArgumentException("A frame list needs at least one frame number.", nameof(numbers));
        }
        if (numbers.Any(n => n < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(numbers), "Frame numbers start at 1.");
        }
        return new DicomFrameList(numbers.ToArray());
    }

    /// <summary>Converts one frame number into a list.</summary>
    /// <param name="frame">The 1-based frame number.</param>
    public static implicit operator DicomFrameList(int frame) => Of(frame);

    /// <summary>The route segment, for example <c>1,2,3</c>; digits and commas only, so it needs no escaping.</summary>
    public override string ToString() => string.Join(",", Numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}

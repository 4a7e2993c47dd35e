using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using DicomTyped.Client;
using DicomTyped.Multipart;
using Xunit;
using Xunit.Abstractions;

namespace DicomTyped.Tests.Http;

/// <summary>
/// Cost grows with the input, not its square: a hostile input is parsed side by side with a plain one of the same size
/// (and with itself at twice the size) in the same run, and only the ratio of medians is asserted, never a wall time.
/// A quadratic parser gives ratios in the hundreds at these sizes; a linear one stays near 1 (and near 2 when doubled).
/// </summary>
public sealed class LinearCostTests(ITestOutputHelper output)
{
    private static double MedianTicks(Action action, int runs = 7)
    {
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMicroseconds;
        }
        Array.Sort(times);
        return Math.Max(times[runs / 2], 1);
    }

    [Fact]
    public void A_Warning_header_of_one_long_run_of_digits_costs_what_plain_text_of_its_length_costs()
    {
        const int Length = 200_000;
        var digits = new string('7', Length);
        var words = string.Concat(Enumerable.Repeat("word ", Length / 5));
        var digitsDoubled = new string('7', 2 * Length);
        var hostile = MedianTicks(() => Assert.Null(ResponseWarnings.RemainingCount([digits])));
        var plain = MedianTicks(() => Assert.Null(ResponseWarnings.RemainingCount([words])));
        var doubled = MedianTicks(() => Assert.Null(ResponseWarnings.RemainingCount([digitsDoubled])));
        output.WriteLine($"Warning, 200,000 digits vs 200,000 chars of words: {hostile:F0} µs vs {plain:F0} µs, ratio {hostile / plain:F2}; 400,000 digits {doubled:F0} µs, ratio to 200,000 {doubled / hostile:F2}");
        Assert.True(hostile / plain < 20, $"digits {hostile:F0} µs vs plain {plain:F0} µs");
        Assert.True(doubled / hostile < 6, $"doubled {doubled:F0} µs vs {hostile:F0} µs");
    }

    [Fact]
    public void A_Warning_header_of_many_almost_matches_stays_linear()
    {
        var almost = string.Concat(Enumerable.Repeat("12 additional resul ", 20_000));
        var plain = new string('x', almost.Length);
        var hostile = MedianTicks(() => Assert.Null(ResponseWarnings.RemainingCount([almost])));
        var baseline = MedianTicks(() => Assert.Null(ResponseWarnings.RemainingCount([plain])));
        output.WriteLine($"Warning, 20,000 near-matches vs plain text of the same length: {hostile:F0} µs vs {baseline:F0} µs, ratio {hostile / baseline:F2}");
        Assert.True(hostile / baseline < 50, $"almost-matches {hostile:F0} µs vs plain {baseline:F0} µs");
        Assert.Equal(7, ResponseWarnings.RemainingCount([almost + "7 additional results"]));
    }

    [Fact]
    public void A_header_block_that_repeats_one_name_costs_what_distinct_names_cost()
    {
        const int Lines = 100_000;
        var repeated = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Repeat("X-Same: value\r\n", Lines)));
        var distinct = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Range(0, Lines).Select(i => $"X-{i:D4}: val\r\n")));
        var hostile = MedianTicks(() => MultipartHeaderParser.Parse(repeated, 0, 1), runs: 5);
        var plain = MedianTicks(() => MultipartHeaderParser.Parse(distinct, 0, 1), runs: 5);
        output.WriteLine($"Header block, 100,000 lines of one name vs 100,000 distinct names: {hostile:F0} µs vs {plain:F0} µs, ratio {hostile / plain:F2}");
        Assert.True(hostile / plain < 5, $"repeated {hostile:F0} µs vs distinct {plain:F0} µs");
        Assert.Equal(Lines * "value, ".Length - 2, MultipartHeaderParser.Parse(repeated, 0, 1)["x-same"].Length);
    }
}

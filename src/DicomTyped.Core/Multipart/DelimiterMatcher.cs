using System;
using System.Text;

namespace DicomTyped.Multipart;

/// <summary>
/// Finds <c>CRLF--boundary</c> (or, leniently, <c>LF--boundary</c>) delimiters in body bytes. A scan looks only
/// at bytes it has not ruled out before: it searches the fresh region with a vectorized
/// <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> for <c>LF--boundary</c> and holds
/// back at most that many bytes (from a line feed near the end) for the next refill, so the work stays linear
/// in the body size whatever the read sizes.
/// </summary>
internal sealed class DelimiterMatcher
{
    private readonly byte[] _needle;

    public DelimiterMatcher(string boundary)
    {
        Boundary = boundary;
        _needle = Encoding.Latin1.GetBytes("\n--" + boundary);
    }

    public string Boundary { get; }

    /// <summary>The most bytes a refill must carry over: the <c>CR LF -- boundary</c> prefix of a delimiter.</summary>
    public int CarryOverLength => _needle.Length + 1;

    /// <summary>
    /// Scans <paramref name="window"/> from <paramref name="from"/> for the first delimiter. When
    /// <paramref name="streamEnded"/>, nothing will follow the window, so every undecided byte is body.
    /// </summary>
    public DelimiterScan Scan(ReadOnlySpan<byte> window, int from, bool streamEnded)
    {
        var needle = _needle.AsSpan();
        var searchFrom = from;
        while (true)
        {
            var found = window[searchFrom..].IndexOf(needle);
            if (found < 0)
            {
                var safeEnd = streamEnded ? window.Length : HoldBackPossibleDelimiterStart(window, searchFrom);
                return new DelimiterScan(safeEnd, safeEnd, DelimiterMatch.None, 0);
            }
            var lineFeed = searchFrom + found;
            var delimiterStart = lineFeed > 0 && window[lineFeed - 1] == (byte)'\r' ? lineFeed - 1 : lineFeed;
            var match = MatchLine(window, lineFeed + 1, streamEnded, out var lineEnd);
            switch (match)
            {
                case DelimiterMatch.Delimiter or DelimiterMatch.CloseDelimiter:
                    return new DelimiterScan(delimiterStart, lineEnd, match, lineEnd);
                case DelimiterMatch.NeedMoreData:
                    return new DelimiterScan(delimiterStart, lineFeed, DelimiterMatch.NeedMoreData, 0);
                default:
                    searchFrom = lineFeed + 1;
                    break;
            }
        }
    }

    /// <summary>
    /// Decides whether <c>--boundary</c> at <paramref name="dashes"/> is a delimiter: followed by <c>--</c> (close)
    /// or by optional transport padding (spaces, tabs) and a line end (CRLF, or a bare LF).
    /// </summary>
    public DelimiterMatch MatchLine(ReadOnlySpan<byte> window, int dashes, bool streamEnded, out int lineEnd)
    {
        lineEnd = 0;
        var prefix = _needle.AsSpan(1);
        var available = window[dashes..];
        if (available.Length < prefix.Length)
        {
            return prefix.StartsWith(available) && !streamEnded ? DelimiterMatch.NeedMoreData : DelimiterMatch.None;
        }
        if (!available.StartsWith(prefix))
        {
            return DelimiterMatch.None;
        }
        var i = dashes + prefix.Length;
        if (i < window.Length && window[i] == (byte)'-')
        {
            if (i + 1 == window.Length)
            {
                return streamEnded ? DelimiterMatch.None : DelimiterMatch.NeedMoreData;
            }
            if (window[i + 1] == (byte)'-')
            {
                lineEnd = i + 2;
                return DelimiterMatch.CloseDelimiter;
            }
            return DelimiterMatch.None;
        }
        while (i < window.Length && window[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }
        if (i == window.Length || (window[i] == (byte)'\r' && i + 1 == window.Length))
        {
            return streamEnded ? DelimiterMatch.None : DelimiterMatch.NeedMoreData;
        }
        if (window[i] == (byte)'\n')
        {
            lineEnd = i + 1;
            return DelimiterMatch.Delimiter;
        }
        if (window[i] == (byte)'\r' && window[i + 1] == (byte)'\n')
        {
            lineEnd = i + 2;
            return DelimiterMatch.Delimiter;
        }
        return DelimiterMatch.None;
    }

    /// <summary>
    /// With no whole <c>LF--boundary</c> in the window, a delimiter can still start in its last
    /// needle-length bytes, at a line feed (or the carriage return before it, or a final carriage return).
    /// Everything before that point is body.
    /// </summary>
    private int HoldBackPossibleDelimiterStart(ReadOnlySpan<byte> window, int searchFrom)
    {
        var tailStart = Math.Max(searchFrom, window.Length - _needle.Length + 1);
        var lineFeed = window[tailStart..].IndexOf((byte)'\n');
        var holdFrom = lineFeed < 0 ? window.Length : tailStart + lineFeed;
        if (holdFrom > 0 && window[holdFrom - 1] == (byte)'\r')
        {
            holdFrom--;
        }
        return holdFrom;
    }
}

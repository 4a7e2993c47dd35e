namespace DicomTyped.Multipart;

/// <summary>
/// The outcome of scanning a window for the next delimiter; indices are relative to the window.
/// </summary>
/// <param name="SafeEnd">Bytes before this index are body bytes for certain.</param>
/// <param name="ResumeAt">Where the next scan starts once more bytes arrived (no delimiter found).</param>
/// <param name="Match"><see cref="DelimiterMatch.Delimiter"/> or <see cref="DelimiterMatch.CloseDelimiter"/> when found at <paramref name="SafeEnd"/>.</param>
/// <param name="LineEnd">Just past the delimiter line, when one was found.</param>
internal readonly record struct DelimiterScan(int SafeEnd, int ResumeAt, DelimiterMatch Match, int LineEnd);

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DicomTyped.Generator.Model;

/// <summary>A place in a spec file, kept as plain values so models stay equatable (a <see cref="Location"/> is not).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The location of a line's column range, 0-based line and column.</summary>
    public static LocationInfo At(string filePath, SourceText text, int line, int column, int length)
    {
        var lineInfo = text.Lines[line];
        var start = lineInfo.Start + column;
        var end = System.Math.Min(start + System.Math.Max(length, 0), lineInfo.End);
        var span = TextSpan.FromBounds(start, System.Math.Max(start, end));
        return new LocationInfo(filePath, span, text.Lines.GetLinePositionSpan(span));
    }
}

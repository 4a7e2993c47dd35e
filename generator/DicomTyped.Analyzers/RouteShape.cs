using System.Collections.Generic;
using DicomTyped.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DicomTyped.Analyzers;

/// <summary>
/// The route argument of a string-keyed search: which of the six QIDO-RS routes, and the study and series UIDs in it as
/// C# expressions (a literal segment, or an interpolation such as <c>$"studies/{study}/series"</c>).
/// </summary>
internal sealed class RouteShape
{
    private RouteShape(QidoRoutes route, string factory, IReadOnlyList<string> uids)
    {
        Route = route;
        Factory = factory;
        Uids = uids;
    }

    public QidoRoutes Route { get; }

    /// <summary>The method of the generated <c>Qido</c> class that starts a query on the route.</summary>
    public string Factory { get; }

    /// <summary>The UID expressions, study first.</summary>
    public IReadOnlyList<string> Uids { get; }

    public static RouteShape? Read(IArgumentOperation argument)
    {
        var segments = Segments(argument.Value);
        if (segments is null)
        {
            return null;
        }
        // Leading and trailing '/' are allowed, as the client trims them.
        while (segments.Count > 0 && segments[0] == "")
        {
            segments.RemoveAt(0);
        }
        while (segments.Count > 0 && segments[segments.Count - 1] == "")
        {
            segments.RemoveAt(segments.Count - 1);
        }
        var words = new List<string>();
        var uids = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            // Odd positions of studies/{study}/series/{series}/instances are UIDs.
            if (i % 2 == 1)
            {
                uids.Add(segments[i]!.StartsWith("\u0001", System.StringComparison.Ordinal) ? segments[i]!.Substring(1) : Literal(segments[i]!));
            }
            else if (segments[i]!.StartsWith("\u0001", System.StringComparison.Ordinal))
            {
                return null;
            }
            else
            {
                words.Add(segments[i]!);
            }
        }
        return string.Join("/", words) switch
        {
            "studies" when uids.Count == 0 => new RouteShape(QidoRoutes.Studies, "Studies", uids),
            "series" when uids.Count == 0 => new RouteShape(QidoRoutes.Series, "Series", uids),
            "instances" when uids.Count == 0 => new RouteShape(QidoRoutes.Instances, "Instances", uids),
            "studies/series" when uids.Count == 1 => new RouteShape(QidoRoutes.StudySeries, "StudySeries", uids),
            "studies/instances" when uids.Count == 1 => new RouteShape(QidoRoutes.StudyInstances, "StudyInstances", uids),
            "studies/series/instances" when uids.Count == 2 => new RouteShape(QidoRoutes.SeriesInstances, "SeriesInstances", uids),
            _ => null,
        };
    }

    // The route split at '/': literal text as written, an interpolation marked with \u0001 before its C# text.
    private static List<string?>? Segments(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            return new List<string?>(text.Split('/'));
        }
        if (value is not IInterpolatedStringOperation interpolated)
        {
            return null;
        }
        var segments = new List<string?> { "" };
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string literal } }:
                    var pieces = literal.Split('/');
                    if (pieces[0].Length > 0 && segments[segments.Count - 1]!.StartsWith("\u0001", System.StringComparison.Ordinal))
                    {
                        return null; // text glued to an interpolated UID: not a UID segment of its own
                    }
                    segments[segments.Count - 1] += pieces[0];
                    for (var i = 1; i < pieces.Length; i++)
                    {
                        segments.Add(pieces[i]);
                    }
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole when segments[segments.Count - 1] == "":
                    segments[segments.Count - 1] = "\u0001" + hole.Expression.Syntax.ToString();
                    break;
                default:
                    return null;
            }
        }
        return segments;
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}

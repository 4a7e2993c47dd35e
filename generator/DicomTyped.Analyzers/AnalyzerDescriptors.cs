using Microsoft.CodeAnalysis;

namespace DicomTyped.Analyzers;

/// <summary>
/// The analyzer's diagnostics, numbered after the generator's (DTY0001 to DTY0007). Each message is built whole by
/// <see cref="QueryExplainer"/>, so the string-keyed warning says exactly what the typed error says.
/// </summary>
public static class AnalyzerDescriptors
{
    private const string Category = "DicomTyped.Query";

    /// <summary>DTY0008: the attribute is not searchable on the builder's route (it may be on others).</summary>
    public static readonly DiagnosticDescriptor NotSearchableOnRoute = new(
        "DTY0008", "Attribute not searchable on this route", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The profile does not list the attribute as searchable on this QIDO-RS route; the message names the routes that search it.");

    /// <summary>DTY0009: the attribute's level is fixed by the route's path (a study attribute on /studies/{study}/series).</summary>
    public static readonly DiagnosticDescriptor LevelFixedByRoute = new(
        "DTY0009", "Attribute of a level the route's path fixes", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A route under a study (or series) searches only the levels below it; search the upper level's attribute on a route that reaches it.");

    /// <summary>DTY0010: the attribute is searchable on the route, but not with that matching kind.</summary>
    public static readonly DiagnosticDescriptor MatchingNotSupported = new(
        "DTY0010", "Matching kind not supported", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The server does not offer this matching kind (fuzzy, wildcard, range, UID list) for the attribute; the message lists the ones it has.");

    /// <summary>DTY0011: the name is no attribute keyword the builder knows; a close one is suggested.</summary>
    public static readonly DiagnosticDescriptor UnknownAttribute = new(
        "DTY0011", "Unknown attribute", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The name is neither a keyword of the data dictionary nor a member of the query builder.");

    /// <summary>DTY0012: a string-keyed search names an unknown keyword or one the route does not search.</summary>
    public static readonly DiagnosticDescriptor StringKeyNotSearchable = new(
        "DTY0012", "String-keyed search key not searchable", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A key of a string-keyed SearchAsync is not a keyword the profile searches on that route; the server would answer 400 or ignore it.");

    /// <summary>DTY0013: a string-keyed search whose keys are all known and searchable can be the typed builder (code fix).</summary>
    public static readonly DiagnosticDescriptor StringKeyedSearchCanBeTyped = new(
        "DTY0013", "String-keyed search can be typed", "This search can use the typed builder {0}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Every key of this string-keyed search is searchable on its route; the typed builder checks them at compile time.");
}

namespace DicomTyped.Generator.Model;

/// <summary>A line of a level table, parsed but not yet resolved against the dictionary.</summary>
/// <param name="Keyword">The attribute keyword.</param>
/// <param name="Level">The table it stands in.</param>
/// <param name="SearchableOn">Routes of the second column.</param>
/// <param name="Matching">Kinds of the third column.</param>
/// <param name="Returned">The fourth column.</param>
/// <param name="Terms">The optional fifth column.</param>
/// <param name="KeywordLocation">Where the keyword is, for DTY0002.</param>
/// <param name="MatchingLocation">Where the matching column is, for DTY0003.</param>
internal sealed record AttributeLine(
    string Keyword,
    QueryLevel Level,
    QidoRoutes SearchableOn,
    MatchKinds Matching,
    ReturnKind Returned,
    EquatableArray<string> Terms,
    LocationInfo KeywordLocation,
    LocationInfo MatchingLocation);

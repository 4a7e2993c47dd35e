namespace DicomTyped.Generator.Model;

/// <summary>An attribute of a conformance profile, resolved against the dictionary (or the profile's own declarations).</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Keyword">Keyword: the generated member name.</param>
/// <param name="Name">Human-readable name for docs (the keyword for declared attributes).</param>
/// <param name="Vr">The VR (a single two-letter VR; multi-VR dictionary entries take the first).</param>
/// <param name="Vm">Value multiplicity (<c>1</c> for declared attributes unless stated).</param>
/// <param name="Retired">Retired in PS3.6.</param>
/// <param name="Level">The table (level) it is listed in.</param>
/// <param name="SearchableOn">Routes it is searchable on; None when it is only returned.</param>
/// <param name="Matching">Allowed matching kinds on those routes.</param>
/// <param name="Returned">When the server returns it.</param>
/// <param name="Terms">Defined terms for a CS attribute, when the profile lists them (the builder then takes an enum too).</param>
/// <param name="IsDeclared">Declared by the profile (private or extended query tag), not from the dictionary.</param>
internal sealed record ProfileAttributeModel(
    uint Tag,
    string Keyword,
    string Name,
    string Vr,
    string Vm,
    bool Retired,
    QueryLevel Level,
    QidoRoutes SearchableOn,
    MatchKinds Matching,
    ReturnKind Returned,
    EquatableArray<string> Terms,
    bool IsDeclared)
{
    public bool IsMultiValued => Vm != "1";
}

namespace DicomTyped.Generator.Model;

/// <summary>A conformance profile resolved and checked: everything the emitters need, nothing from Roslyn.</summary>
/// <param name="FilePath">The profile file.</param>
/// <param name="Name">The profile's C# name (e.g. AzureDicomV2): the last segment of its namespace.</param>
/// <param name="Title">A human-readable title for docs.</param>
/// <param name="Namespace">The namespace its types are generated in.</param>
/// <param name="Limit">Bounds of <c>limit</c>, or null when the server has no limit parameter.</param>
/// <param name="SupportsOffset">Whether <c>offset</c> is accepted.</param>
/// <param name="SupportsIncludeAll">Whether <c>includefield=all</c> is accepted.</param>
/// <param name="Attributes">Attributes in file order (study table, then series, then instance).</param>
/// <param name="DecodesQueryValues">
/// Whether the server percent-decodes QIDO-RS query values (<c>percentdecoding</c>); when it does not, the builders send
/// free text that needs encoding as a wildcard form and filter on the client.
/// </param>
internal sealed record ProfileModel(
    string FilePath,
    string Name,
    string Title,
    string Namespace,
    LimitBounds? Limit,
    bool SupportsOffset,
    bool SupportsIncludeAll,
    EquatableArray<ProfileAttributeModel> Attributes,
    bool DecodesQueryValues = true);

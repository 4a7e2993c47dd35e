namespace DicomTyped.Generator.Model;

/// <summary>The settings lines of a profile file, before its attributes are resolved.</summary>
/// <param name="Name">The <c>profile</c> name (a C# identifier), empty when missing.</param>
/// <param name="Title">The <c>title</c>, or the name when missing.</param>
/// <param name="Namespace">The <c>namespace</c>, or null for the default one.</param>
/// <param name="Limit">The <c>limit</c> bounds, or null for <c>limit none</c>.</param>
/// <param name="SupportsOffset"><c>offset yes</c>.</param>
/// <param name="SupportsIncludeAll"><c>includeall yes</c>.</param>
/// <param name="DecodesQueryValues"><c>percentdecoding yes</c> (the default): the server percent-decodes query values.</param>
internal sealed record ProfileSettings(string Name, string Title, string? Namespace, LimitBounds? Limit, bool SupportsOffset, bool SupportsIncludeAll, bool DecodesQueryValues = true);

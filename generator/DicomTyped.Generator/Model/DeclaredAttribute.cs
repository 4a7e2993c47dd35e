namespace DicomTyped.Generator.Model;

/// <summary>A <c>[declare]</c> line: an attribute the dictionary does not know (private or extended query tag).</summary>
internal sealed record DeclaredAttribute(uint Tag, string Vr, string Vm, string Keyword, LocationInfo Location);

namespace DicomTyped.Generator.Model;

/// <summary>A profile file as parsed, before resolution against the dictionary; depends on the file's text only.</summary>
internal sealed record ProfileDocument(
    string FilePath,
    ProfileSettings Settings,
    LocationInfo FileStart,
    EquatableArray<DeclaredAttribute> Declarations,
    EquatableArray<AttributeLine> Attributes,
    EquatableArray<DiagnosticInfo> Diagnostics);

namespace DicomTyped.Generator.Model;

/// <summary>The outcome of resolving one profile file: the model (null when it has errors) and its diagnostics.</summary>
internal sealed record ResolvedProfile(ProfileModel? Profile, EquatableArray<DiagnosticInfo> Diagnostics);

namespace DicomTyped.Generator.Model;

/// <summary>
/// The outcome of resolving one profile file: the model and its diagnostics. A line with an error is left out of the
/// model but the rest is still emitted, so code using the good lines keeps compiling (and IntelliSense keeps working)
/// while the errors, which fail the build, are fixed. The model is null only when there is no usable profile name or
/// no dictionary.
/// </summary>
internal sealed record ResolvedProfile(ProfileModel? Profile, EquatableArray<DiagnosticInfo> Diagnostics);

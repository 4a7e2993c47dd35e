namespace DicomTyped.Generator.Model;

/// <summary>MSBuild properties the generator reads: whether this compilation owns the dictionary-wide types, and its root namespace.</summary>
internal sealed record GeneratorOptions(bool EmitDictionary, string RootNamespace);

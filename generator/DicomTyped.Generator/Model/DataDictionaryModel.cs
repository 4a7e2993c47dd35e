namespace DicomTyped.Generator.Model;

/// <summary>The parsed data dictionary file: its entries sorted by tag, and what was wrong with it.</summary>
internal sealed record DataDictionaryModel(string FilePath, EquatableArray<DictionaryEntryModel> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly DataDictionaryModel None = new("", EquatableArray<DictionaryEntryModel>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public bool IsPresent => FilePath.Length > 0;
}

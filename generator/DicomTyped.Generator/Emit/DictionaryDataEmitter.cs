using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Emits the dictionary table that the handwritten <c>DicomDictionary</c> lookups search.</summary>
internal static class DictionaryDataEmitter
{
    public const string HintName = "DicomDictionaryData.g.cs";

    public static string Emit(DataDictionaryModel dictionary)
    {
        var w = new SourceWriter();
        w.Line(SourceWriter.Header);
        w.Line("namespace DicomTyped.Dicom;");
        w.Line();
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("internal static partial class DicomDictionaryData");
        w.Line("/// <summary>Every dictionary entry, sorted by tag.</summary>");
        w.Open("internal static readonly global::DicomTyped.Dicom.DicomDictionaryEntry[] Entries =");
        foreach (var e in dictionary.Entries)
        {
            w.Line($"new(0x{e.Tag:X8}u, 0x{e.Mask:X8}u, {SourceWriter.Literal(e.Vr)}, {SourceWriter.Literal(e.Vm)}, {SourceWriter.Literal(e.Keyword)}, {SourceWriter.Literal(e.Name)}, {(e.Retired ? "true" : "false")}),");
        }
        w.Close(";");
        w.Close();
        return w.ToString();
    }
}

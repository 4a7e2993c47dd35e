using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Emits <c>DicomTags</c>: one documented field per dictionary attribute, so IntelliSense explains each tag.</summary>
internal static class DicomTagsEmitter
{
    public const string HintName = "DicomTags.g.cs";

    public static string Emit(DataDictionaryModel dictionary)
    {
        var w = new SourceWriter();
        w.Line(SourceWriter.Header);
        w.Line("namespace DicomTyped.Dicom;");
        w.Line();
        w.Line("/// <summary>Every attribute of the PS3.6 data dictionary, by keyword.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public static partial class DicomTags");
        foreach (var entry in dictionary.Entries)
        {
            w.Line("/// <summary>");
            w.Line($"/// <b>{SourceWriter.Xml(entry.Name)}</b> {entry.DisplayTag}, VR {entry.Vr.Replace("|", " or ")}, VM {entry.Vm}{(entry.Retired ? ", <b>retired</b>" : "")}.");
            w.Line("/// </summary>");
            if (entry.IsRepeatingGroup)
            {
                w.Line($"/// <remarks>A repeating-group attribute: this is the tag with the x digits zero; any tag matching {entry.DisplayTag} is this attribute.</remarks>");
            }
            if (entry.Retired)
            {
                w.Line("/// <remarks>Retired in PS3.6: read it from old data, do not write it in new data.</remarks>");
            }
            w.Line($"public static readonly global::DicomTyped.Dicom.DicomTag {entry.Keyword} = new(0x{entry.Tag:X8}u);");
            w.Line();
        }
        w.Close();
        return w.ToString();
    }
}

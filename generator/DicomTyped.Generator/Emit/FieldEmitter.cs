using System.Collections.Generic;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Emits a builder's nested <c>Field</c> type: the attributes its route can return, so includefield only takes those.</summary>
internal static class FieldEmitter
{
    public static void Emit(SourceWriter w, ProfileModel profile, QidoRoute route, IReadOnlyList<ProfileAttributeModel> returnable)
    {
        w.Line($"/// <summary>An attribute that <c>GET {{base}}/{route.DisplayPath}</c> can return, for <see cref=\"IncludeField\"/>.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public readonly struct Field");
        w.Open("private Field(uint tag, string key)");
        w.Line("Tag = new global::DicomTyped.Dicom.DicomTag(tag);");
        w.Line("Key = key;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The attribute's tag.</summary>");
        w.Line("public global::DicomTyped.Dicom.DicomTag Tag { get; }");
        w.Line();
        w.Line("/// <summary>The id sent as <c>includefield</c>: the keyword, or 8 hex digits for attributes the profile declares.</summary>");
        w.Line("public string Key { get; }");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override string ToString() => Key ?? \"\";");
        foreach (var a in returnable)
        {
            w.Line();
            w.Line($"/// <summary>{EmitNames.Describe(a)}; {EmitNames.ReturnedText(a.Returned)}.</summary>");
            w.Line($"public static Field {EmitNames.RecordMember(a)} => new(0x{a.Tag:X8}u, {SourceWriter.Literal(EmitNames.QueryKey(a))});");
        }
        w.Close();
    }
}

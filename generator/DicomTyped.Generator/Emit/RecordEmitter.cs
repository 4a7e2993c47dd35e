using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Emits the match and metadata records: a typed property per attribute of their levels, the rest kept raw.</summary>
internal static class RecordEmitter
{
    public static string Emit(ProfileModel profile)
    {
        var w = ProfileSource.Start(profile);
        foreach (var record in MatchRecord.All)
        {
            w.Line($"/// <summary>{record.Summary}, on {SourceWriter.Xml(profile.Title)}.</summary>");
            w.Line("/// <remarks>Each property is null when the server did not return the attribute, returned it empty, or returned a value that does not fit its VR (then listed in <see cref=\"Warnings\"/>); <see cref=\"OtherAttributes\"/> holds everything else it returned.</remarks>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open($"public sealed partial record {record.Name} : global::DicomTyped.Dicom.Json.IDicomJsonReadable<{record.Name}>");
            foreach (var a in record.TypedAttributes(profile))
            {
                var shape = a.Vr == "SQ" ? "; one attribute set per item" : a.IsMultiValued ? "; all values, null for an empty one" : "";
                w.Line($"/// <summary>{EmitNames.Describe(a)}; {EmitNames.ReturnedText(a.Returned)}{shape}.</summary>");
                w.Line($"public {VrTypes.PropertyType(a.Vr, a.IsMultiValued)} {EmitNames.RecordMember(a)} {{ get; init; }}");
                w.Line();
            }
            w.Line("/// <summary>Every returned attribute that no property above holds (private, binary, unexpected, or a value that did not fit its VR), as raw DICOM JSON.</summary>");
            w.Line("public global::DicomTyped.Dicom.Json.DicomJsonAttributes OtherAttributes { get; init; } = global::DicomTyped.Dicom.Json.DicomJsonAttributes.Empty;");
            w.Line();
            w.Line("/// <summary>The values that did not fit their VR (e.g. a TM with seven fraction digits): each such property is null and its attribute is kept as sent in <see cref=\"OtherAttributes\"/>; empty when every value fit.</summary>");
            w.Line("public global::System.Collections.Generic.IReadOnlyList<global::DicomTyped.Dicom.Json.DicomJsonWarning> Warnings { get; init; } = global::System.Array.Empty<global::DicomTyped.Dicom.Json.DicomJsonWarning>();");
            w.Close();
            w.Line();
        }
        return w.ToString();
    }
}

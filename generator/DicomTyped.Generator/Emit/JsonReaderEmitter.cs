using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>
/// Emits each record's DICOM JSON reader: a switch on the tag parsed from the key's bytes, one value reader call
/// per typed attribute, everything else kept raw; a value that does not fit its VR leaves its property null and is
/// reported in <c>Warnings</c> (DicomJsonRules, rule 10); any other failure is a DicomJsonException naming the attribute.
/// No reflection and no JsonDocument, so it trims and AOT-compiles.
/// </summary>
internal static class JsonReaderEmitter
{
    private const string Scope = "global::DicomTyped.Dicom.Json.DicomJsonRecordScope";

    public static string Emit(ProfileModel profile)
    {
        var w = ProfileSource.Start(profile);
        foreach (var record in MatchRecord.All)
        {
            var attributes = record.TypedAttributes(profile);
            // The type carries [GeneratedCode] in the records file (it allows one); here the members do.
            w.Open($"partial record {record.Name}");
            w.Line($"/// <summary>Reads one {record.Name} from a DICOM JSON data set object (PS3.18 F.2).</summary>");
            w.Line("/// <param name=\"reader\">On the object's start (or before it); left on its end.</param>");
            w.Line("/// <returns>The record.</returns>");
            w.Line("/// <exception cref=\"global::DicomTyped.Dicom.Json.DicomJsonException\">The JSON is malformed or not a DICOM JSON data set; the message names the attribute. A value that does not fit its VR is not an error: see <c>Warnings</c>.</exception>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open($"public static {record.Name} ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader)");
            // The scope names the attribute being read in any failure, and gathers what is kept raw and what did not fit.
            w.Line($"var scope = default({Scope});");
            w.Open("try");
            w.Line("scope.Enter(ref reader);");
            for (var i = 0; i < attributes.Count; i++)
            {
                w.Line($"{VrTypes.PropertyType(attributes[i].Vr, attributes[i].IsMultiValued)} v{i} = null;");
            }
            w.Open("while (scope.NextAttribute(ref reader, out var tag))");
            w.Open("switch (tag)");
            for (var i = 0; i < attributes.Count; i++)
            {
                var a = attributes[i];
                w.Line($"case 0x{a.Tag:X8}u: scope.Typed({i}, ref reader); v{i} = {VrTypes.ReadCall(a.Vr, a.IsMultiValued)}; break;");
            }
            w.Line("default: scope.KeepRaw(ref reader, tag); break;");
            w.Close();
            w.Close();
            w.Open($"return new {record.Name}");
            for (var i = 0; i < attributes.Count; i++)
            {
                w.Line($"{EmitNames.RecordMember(attributes[i])} = v{i},");
            }
            w.Line("OtherAttributes = scope.OtherAttributes(),");
            w.Line("Warnings = scope.Warnings(),");
            w.Close(";");
            w.Close();
            w.Open($"catch (global::System.Exception ex) when ({Scope}.IsReadFailure(ex))");
            w.Line("throw scope.Wrap(ex);");
            w.Close();
            w.Close();
            w.Line();
            w.Line($"/// <summary>Reads a DICOM JSON array of {record.Name} objects, or one such object (a response body; empty for 204 No Content).</summary>");
            w.Line("/// <param name=\"utf8Json\">The UTF-8 response body.</param>");
            w.Line("/// <returns>The records, in response order.</returns>");
            w.Line("/// <exception cref=\"global::DicomTyped.Dicom.Json.DicomJsonException\">The body is not DICOM JSON (see DicomJsonRules); a value that does not fit its VR is reported in the record's <c>Warnings</c> instead.</exception>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{record.Name}> ReadArray(global::System.ReadOnlySpan<byte> utf8Json) =>");
            w.Line($"    {EmitNames.Reader}.ReadArray<{record.Name}>(utf8Json);");
            w.Close();
            w.Line();
        }
        return w.ToString();
    }
}

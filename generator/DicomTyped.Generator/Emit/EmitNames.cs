using System.Collections.Generic;
using System.Text;
using DicomTyped.Generator.Model;

namespace DicomTyped.Generator.Emit;

/// <summary>Names and doc fragments shared by the profile emitters.</summary>
internal static class EmitNames
{
    public const string Reader = "global::DicomTyped.Dicom.Json.DicomJsonValueReader";

    // Members the runtime base types or the generated types already have; an attribute keyword equal to one gets a suffix.
    private static readonly HashSet<string> s_reservedBuilderMembers =
    [
        "Limit", "Offset", "IncludeField", "IncludeAllFields", "Build", "ToUri", "ReadResponse", "ToString", "Equals",
        "GetHashCode", "GetType", "Field", "SetMatch", "EnableFuzzyMatching", "AddIncludeField", "IncludeAll", "SetLimit", "SetOffset",
    ];

    private static readonly HashSet<string> s_reservedRecordMembers =
    [
        "OtherAttributes", "ReadFrom", "ReadArray", "EqualityContract", "ToString", "Equals", "GetHashCode", "GetType", "PrintMembers", "Deconstruct",
    ];

    /// <summary>The builder method stem of an attribute.</summary>
    public static string BuilderMember(ProfileAttributeModel a) => s_reservedBuilderMembers.Contains(a.Keyword) ? a.Keyword + "Attribute" : a.Keyword;

    /// <summary>The record property name of an attribute.</summary>
    public static string RecordMember(ProfileAttributeModel a) => s_reservedRecordMembers.Contains(a.Keyword) ? a.Keyword + "Attribute" : a.Keyword;

    /// <summary>The attribute id sent to the server: its keyword, or 8 hex digits for attributes the profile declares (the server may not know their keyword).</summary>
    public static string QueryKey(ProfileAttributeModel a) => a.IsDeclared ? a.Tag.ToString("X8") : a.Keyword;

    /// <summary>The tag as PS3.6 prints it: (0010,0010).</summary>
    public static string DisplayTag(uint tag) => "(" + (tag >> 16).ToString("X4") + "," + (tag & 0xFFFF).ToString("X4") + ")";

    /// <summary>A doc fragment naming the attribute: <b>Patient's Name</b> (0010,0010), VR PN.</summary>
    public static string Describe(ProfileAttributeModel a) =>
        "<b>" + SourceWriter.Xml(a.Name) + "</b> " + DisplayTag(a.Tag) + ", VR " + a.Vr + (a.Vm != "1" ? ", VM " + a.Vm : "") +
        (a.IsDeclared ? ", declared by the profile" : "") + (a.Retired ? ", retired" : "");

    /// <summary>The enum of an attribute's defined terms.</summary>
    public static string TermsEnum(ProfileAttributeModel a) => a.Keyword + "Term";

    /// <summary>A C# identifier for a defined term: characters that cannot be in one become '_', a leading digit gets '_'.</summary>
    public static string TermMember(string term)
    {
        var builder = new StringBuilder(term.Length + 1);
        foreach (var c in term)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }
        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }
        return builder.ToString();
    }

    public static string ReturnedText(ReturnKind kind) => kind switch
    {
        ReturnKind.Default => "returned by default",
        ReturnKind.IncludeAll => "returned with includefield=all or when named",
        ReturnKind.Computed => "computed by the server, returned when named",
        _ => "returned when matched on or named",
    };
}

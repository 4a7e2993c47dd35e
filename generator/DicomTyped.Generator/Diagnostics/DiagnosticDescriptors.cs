using System;
using Microsoft.CodeAnalysis;

namespace DicomTyped.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable: DTY0001 onwards.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "DicomTyped.Spec";

    public static readonly DiagnosticDescriptor MalformedLine = new(
        "DTY0001", "Malformed spec line", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownKeyword = new(
        "DTY0002", "Unknown attribute", "'{0}' is neither in the data dictionary nor declared in the profile", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor VrMismatch = new(
        "DTY0003", "Matching kind does not fit the VR", "{0} has VR {1}, which cannot use {2} matching", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RouteLevelMismatch = new(
        "DTY0004", "Attribute cannot be searched on that route", "{0} is an attribute of the {1} level and cannot be searched on the {2} route", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateAttribute = new(
        "DTY0005", "Attribute listed twice", "{0} is already listed at line {1}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingDictionary = new(
        "DTY0006", "No data dictionary", "Profile '{0}' has no data dictionary to resolve its attributes against: no AdditionalFile named dicom-dictionary.tsv reached the generator (the DicomTyped packages add their own unless DicomTypedDictionary is set empty)", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedDictionaryLine = new(
        "DTY0007", "Malformed data dictionary line", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor[] All =
    [
        MalformedLine, UnknownKeyword, VrMismatch, RouteLevelMismatch, DuplicateAttribute, MissingDictionary, MalformedDictionaryLine,
    ];

    public static DiagnosticDescriptor ById(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }
        throw new ArgumentException($"No diagnostic descriptor {id}", nameof(id));
    }
}

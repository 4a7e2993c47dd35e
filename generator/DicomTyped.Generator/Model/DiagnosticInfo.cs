using Microsoft.CodeAnalysis;

namespace DicomTyped.Generator.Model;

/// <summary>A diagnostic found while parsing or resolving a spec file, reported by the output step.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            Diagnostics.DiagnosticDescriptors.ById(DescriptorId),
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Cast<object>(MessageArgs)));
}

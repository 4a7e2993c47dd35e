using System;
using System.ComponentModel;

namespace DicomTyped.Query;

/// <summary>
/// Marks a generated QIDO-RS query builder with the conformance profile and route it was generated for, so that the
/// DicomTyped analyzer can explain a member the builder lacks (DTY0008 to DTY0011) instead of the bare CS1061.
/// Only generated code applies it; it has no effect at run time.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DicomQueryBuilderAttribute : Attribute
{
    /// <summary>Marks a builder.</summary>
    /// <param name="profile">The profile's C# name, e.g. <c>AzureDicomV2</c>.</param>
    /// <param name="title">The profile's human-readable title.</param>
    /// <param name="route">The route as PS3.18 10.6 writes it, e.g. <c>/studies/{study}/series</c>.</param>
    public DicomQueryBuilderAttribute(string profile, string title, string route)
    {
        Profile = profile;
        Title = title;
        Route = route;
    }

    /// <summary>The profile's C# name.</summary>
    public string Profile { get; }

    /// <summary>The profile's human-readable title.</summary>
    public string Title { get; }

    /// <summary>The route, e.g. <c>/studies/{study}/series</c>.</summary>
    public string Route { get; }
}

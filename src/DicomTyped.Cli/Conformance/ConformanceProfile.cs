using System;
using System.Collections.Generic;
using System.Linq;
using DicomTyped.Query;

namespace DicomTyped.Cli.Conformance;

/// <summary>
/// A conformance profile as the suite uses it: the QIDO-RS rules the generator emitted from <c>spec/profiles/{FileName}.profile</c>
/// (routes, searchable attributes, matching kinds, limit and offset) and the service's other capabilities.
/// </summary>
/// <param name="FileName">The profile file's name without extension, as <c>--profile</c> takes it (<c>azure-dicom-v2</c>).</param>
/// <param name="Title">The service it describes.</param>
/// <param name="Rules">The generated search rules.</param>
/// <param name="Capabilities">What the service offers beyond QIDO-RS.</param>
internal sealed record ConformanceProfile(string FileName, string Title, QidoProfileRules Rules, ServiceCapabilities Capabilities)
{
    /// <summary>The profiles shipped in spec/profiles.</summary>
    public static IReadOnlyList<ConformanceProfile> All { get; } =
    [
        new("azure-dicom-v2", "Microsoft Azure DICOM service, API v2 (and the embedded server)", DicomTyped.Profiles.AzureDicomV2.QidoSearchRules.Rules, ServiceCapabilities.Azure),
        new("orthanc", "Orthanc 1.10 with the DICOMweb plugin 1.7", DicomTyped.Profiles.Orthanc.QidoSearchRules.Rules, ServiceCapabilities.Orthanc),
        new("dicomweb", "DICOMweb origin server (PS3.18 required QIDO-RS keys)", DicomTyped.Profiles.DicomWeb.QidoSearchRules.Rules, ServiceCapabilities.Standard),
    ];

    /// <summary>The profile named by its file name (<c>orthanc</c>) or its C# name (<c>Orthanc</c>), ignoring case.</summary>
    /// <exception cref="ArgumentException">No shipped profile has that name; the message lists those that exist.</exception>
    public static ConformanceProfile Find(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith(".profile", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^".profile".Length];
        }
        return All.FirstOrDefault(p => string.Equals(p.FileName, trimmed, StringComparison.OrdinalIgnoreCase)
                                    || string.Equals(p.Rules.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No conformance profile '{name}'; the profiles are {string.Join(", ", All.Select(p => p.FileName))}.");
    }
}

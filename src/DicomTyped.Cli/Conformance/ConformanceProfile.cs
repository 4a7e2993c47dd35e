using System;
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
    /// <summary>
    /// The profile for <paramref name="rules"/>: a built-in profile (by its name) brings its service's capabilities; any
    /// other profile (a user's own file) is judged as a PS3.18 origin server beyond its searches, so delete and the change
    /// feed are not-supported there.
    /// </summary>
    public static ConformanceProfile For(QidoProfileRules rules) => rules.Name switch
    {
        "AzureDicomV2" => new("azure-dicom-v2", "Microsoft Azure DICOM service, API v2 (and the embedded server)", rules, ServiceCapabilities.Azure),
        "Orthanc" => new("orthanc", "Orthanc 1.10 with the DICOMweb plugin 1.7", rules, ServiceCapabilities.Orthanc),
        "DicomWeb" => new("dicomweb", "DICOMweb origin server (PS3.18 required QIDO-RS keys)", rules, ServiceCapabilities.Standard),
        _ => new(rules.Name, rules.Name + " (its own profile; beyond search, a PS3.18 origin server)", rules, ServiceCapabilities.Standard),
    };

    /// <summary>The embedded server's profile: it enforces azure-dicom-v2.</summary>
    public static ConformanceProfile EmbeddedServer => For(DicomTyped.Profiles.AzureDicomV2.QidoSearchRules.Rules);

    /// <summary>The profile of a service given without one: what PS3.18 requires of every origin server.</summary>
    public static ConformanceProfile Standard => For(DicomTyped.Profiles.DicomWeb.QidoSearchRules.Rules);
}

namespace DicomTyped.Http;

/// <summary>The OAuth scope of Microsoft's DICOM service.</summary>
public static class AzureDicomScopes
{
    /// <summary>The token scope for the resource <c>https://dicom.healthcareapis.azure.com</c>.</summary>
    public const string Default = "https://dicom.healthcareapis.azure.com/.default";
}

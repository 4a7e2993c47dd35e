namespace DicomTyped.Cli.Commands;

/// <summary>How <c>--auth</c> signs in to a service given with <c>--url</c>.</summary>
internal enum AuthMode
{
    /// <summary>No Authorization header.</summary>
    None,

    /// <summary><c>Authorization: Bearer</c> with <c>--token</c> (or DICOMWEB_TOKEN).</summary>
    Token,

    /// <summary>A token for the Azure DICOM service from DefaultAzureCredential (Azure CLI, managed identity, environment…).</summary>
    Azure,
}

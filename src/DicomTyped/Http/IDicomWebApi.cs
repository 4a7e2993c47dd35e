namespace DicomTyped.Http;

/// <summary>Every DICOMweb route of the transport layer in one Refit client.</summary>
public interface IDicomWebApi : IDicomWebStoreApi, IDicomWebRetrieveApi, IDicomWebSearchApi, IDicomWebDeleteApi, IDicomWebChangeFeedApi, IDicomWebExtendedQueryTagApi
{
}

namespace DicomTyped.Server.Store;

/// <summary>Stores instances.</summary>
internal sealed class StoreService
{
}

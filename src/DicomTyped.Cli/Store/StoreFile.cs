namespace DicomTyped.Cli.Store;

/// <summary>A file to store: its full path and its length in bytes when it was found.</summary>
internal sealed record StoreFile(string Path, long Length);

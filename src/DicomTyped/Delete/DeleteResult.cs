namespace DicomTyped.Client;

/// <summary>What a delete found: the server answered 204 (deleted) or 404 (nothing there).</summary>
public enum DeleteResult
{
    /// <summary>204: the study, series or instance was deleted.</summary>
    Deleted,

    /// <summary>404: there was nothing to delete (already deleted, or never stored).</summary>
    NotFound,
}

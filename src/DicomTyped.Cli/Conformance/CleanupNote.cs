namespace DicomTyped.Cli.Conformance;

/// <summary>What became of one resource the suite stored: removed, or left on the server and why.</summary>
/// <param name="Resource">The resource, such as <c>study 2.25.…</c>.</param>
/// <param name="Removed">True when it is gone from the server.</param>
/// <param name="Detail">How it was removed, or why it could not be.</param>
internal sealed record CleanupNote(string Resource, bool Removed, string Detail);

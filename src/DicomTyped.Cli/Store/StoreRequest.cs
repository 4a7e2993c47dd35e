using System.Collections.Generic;

namespace DicomTyped.Cli.Store;

/// <summary>What <c>dicomweb store</c> was asked to do.</summary>
/// <param name="Paths">Files and folders; folders are searched recursively.</param>
/// <param name="Include">Globs a file under a folder must match (relative to that folder); every file when empty.</param>
/// <param name="Exclude">Globs that leave a file under a folder out.</param>
/// <param name="Batch">Instances per STOW-RS request.</param>
/// <param name="Parallel">Requests in flight at once.</param>
/// <param name="Study">The study every instance is stored into (<c>POST studies/{study}</c>), or null.</param>
/// <param name="Manifest">The manifest to skip by and append to, or null for none.</param>
internal sealed record StoreRequest(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    int Batch,
    int Parallel,
    string? Study,
    string? Manifest);

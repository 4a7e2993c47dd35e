using System.Collections.Generic;

namespace DicomTyped.Client;

/// <summary>A WADO-RS metadata response, or the news that it did not change since the ETag the caller held.</summary>
/// <typeparam name="T">One item per instance: a generated metadata record.</typeparam>
/// <param name="Items">One entry per instance; empty when <see cref="NotModified"/>.</param>
/// <param name="ETag">The response's ETag (quoted, as sent), to pass as <c>ifNoneMatch</c> next time; null when the server sent none.</param>
/// <param name="NotModified">True when the server answered 304: the metadata is unchanged since the ETag given.</param>
public sealed record MetadataResult<T>(IReadOnlyList<T> Items, string? ETag, bool NotModified);

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace DicomTyped.Cli.Store;

/// <summary>
/// Expands the paths given to <c>store</c> into files: a file is taken as named; a folder is searched recursively for
/// files matching an <c>--include</c> glob (every file when none is given) and no <c>--exclude</c> glob, the globs
/// relative to that folder (<c>**/*.dcm</c>, <c>scratch/**</c>). The result is ordered by path, each file once.
/// </summary>
internal static class StoreFileFinder
{
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<StoreFile> Find(IReadOnlyList<string> paths, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        var found = new SortedDictionary<string, StoreFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                found.TryAdd(full, new StoreFile(full, new FileInfo(full).Length));
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in InFolder(full, include, exclude))
                {
                    found.TryAdd(file.Path, file);
                }
            }
            else
            {
                throw new FileNotFoundException($"{path} is neither a file nor a folder.", full);
            }
        }
        return found.Values.ToList();
    }

    private static IEnumerable<StoreFile> InFolder(string folder, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        if (include.Count == 0)
        {
            matcher.AddInclude("**/*");
        }
        matcher.AddIncludePatterns(include);
        matcher.AddExcludePatterns(exclude);
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(folder)));
        foreach (var match in result.Files)
        {
            var full = Path.GetFullPath(Path.Combine(folder, match.Path));
            yield return new StoreFile(full, new FileInfo(full).Length);
        }
    }
}

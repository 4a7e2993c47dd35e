using System;
using System.IO;
using Xunit;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>
/// Finds the peers the tests run (Debian's python3 with the walk-through's stack, node with the npm peer installed,
/// DCMTK). On a developer machine without one the test is skipped saying what to install; with CI=true a missing peer
/// fails the test, so a green CI run means the peer really ran.
/// </summary>
internal static class Peers
{
    public const string DebianPython = "/usr/bin/python3";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (developer machine) or fails (CI) when <paramref name="condition"/> is false.</summary>
    public static void Require(bool condition, string missing, string installHint)
    {
        if (condition)
        {
            return;
        }
        var message = $"{missing} ({installHint}).";
        if (InCi)
        {
            Assert.Fail("CI=true but the peer is missing: " + message);
        }
        Skip.If(true, message);
    }

    /// <summary>The full path of <paramref name="executable"/> on PATH, or of a rooted path that exists; null when absent.</summary>
    public static string? Find(string executable)
    {
        if (Path.IsPathRooted(executable))
        {
            return File.Exists(executable) ? executable : null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, executable);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Requires <paramref name="executable"/> and returns its path.</summary>
    public static string RequireExecutable(string executable, string installHint)
    {
        var path = Find(executable);
        Require(path is not null, executable + " is not installed", installHint);
        return path!;
    }
}

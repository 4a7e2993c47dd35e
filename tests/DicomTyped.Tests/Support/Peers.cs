using System;
using System.IO;
using Xunit;

namespace DicomTyped.Tests.Support;

/// <summary>
/// Finds the external peers (DCMTK, Debian's python3 with pydicom, Orthanc) that interop tests run against.
/// On a developer machine without a peer the test is skipped with a message saying what to install;
/// in CI (CI=true) a missing peer fails the test, so a green CI run always means the peer really ran.
/// </summary>
internal static class Peers
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Debian's own python3: the walk-through's stack and pydicom 2.3.1 live in its dist-packages.</summary>
    public const string DebianPython = "/usr/bin/python3";

    /// <summary>Skips (developer machine) or fails (CI) when <paramref name="executable"/> is missing.</summary>
    public static string Require(string executable, string installHint)
    {
        var path = Resolve(executable);
        if (path is not null)
        {
            return path;
        }
        var message = $"{executable} is not installed ({installHint}).";
        if (InCi)
        {
            Assert.Fail("CI=true but the peer is missing: " + message);
        }
        Skip.If(true, message);
        return "";
    }

    private static string? Resolve(string executable)
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
}

using System;
using System.IO;
using Xunit;

namespace DicomTyped.TestSupport;

/// <summary>
/// Finds the external peers the tests run against (DCMTK, Debian's python3 with pydicom, node with the npm peer,
/// Orthanc). On a developer machine without a peer the test is skipped with a message saying what to install; with
/// CI=true a missing peer fails the test, so a green CI run always means the peer really ran.
/// (Linked into every test project that runs peers, from tests/Shared/Peers.)
/// </summary>
internal static class Peers
{
    /// <summary>Debian's own python3: the walk-through's stack and pydicom live in its dist-packages.</summary>
    public const string DebianPython = "/usr/bin/python3";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The full path of <paramref name="executable"/> (a name looked up on PATH, or a rooted path of any file that
    /// must exist); skips (developer machine) or fails (CI) when it is missing.
    /// </summary>
    public static string Require(string executable, string installHint)
    {
        var path = Find(executable);
        RequireThat(path is not null, executable + " is not installed", installHint);
        return path!;
    }

    /// <summary>Skips (developer machine) or fails (CI) when <paramref name="present"/> is false, saying what is
    /// <paramref name="missing"/> and how to install it.</summary>
    public static void RequireThat(bool present, string missing, string installHint)
    {
        if (present)
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
}

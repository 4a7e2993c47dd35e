using System;
using System.IO;
using System.Text.RegularExpressions;

namespace DicomTyped.Server.Tests.Support;

/// <summary>This process's resident memory from /proc/self/status (Linux), for the memory probes.</summary>
internal static class ResidentMemory
{
    /// <summary>Collects garbage, resets the peak (VmHWM) to the current resident size and returns that size, in bytes.</summary>
    // Linux: writing 5 to clear_refs resets the peak resident set size (VmHWM) to the current one.
    public static long CollectAndResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Status("VmRSS");
    }

    /// <summary>The peak resident size since the last reset, in bytes.</summary>
    public static long Peak => Status("VmHWM");

    private static long Status(string field)
    {
        var match = Regex.Match(File.ReadAllText("/proc/self/status"), field + @":\s+(\d+) kB");
        return long.Parse(match.Groups[1].Value) * 1024;
    }
}

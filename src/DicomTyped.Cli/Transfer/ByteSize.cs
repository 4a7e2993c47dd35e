using System.Globalization;

namespace DicomTyped.Cli.Transfer;

/// <summary>Byte counts for people: 1,000-based units (as disks and network rates are quoted).</summary>
internal static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1_000 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1_000_000 => (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " kB",
        < 1_000_000_000 => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
    };
}

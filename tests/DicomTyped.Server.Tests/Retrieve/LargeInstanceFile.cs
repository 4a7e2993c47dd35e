using System.IO;
using DicomTyped.Server.Tests.Support;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>Writes a large instance quickly: <see cref="LargeInstanceHeader"/>, then a sparse run of zeros for its pixels.</summary>
internal static class LargeInstanceFile
{
    public static (string Study, string Series, string Instance) Write(string path, long approximateSize)
    {
        var header = LargeInstanceHeader.Create(approximateSize, "LARGE");
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.Write(header.Bytes);
        stream.SetLength(stream.Position + header.PixelLength);
        return (header.Study, header.Series, header.Instance);
    }
}

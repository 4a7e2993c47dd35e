using System;
using System.IO;

namespace DicomTyped.Server.Tests.Support;

public static class TestPaths
{
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    public static string NewTemporaryFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "dicomtyped-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}

using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using Xunit;

namespace DicomTyped.Cli.Tests;

/// <summary>
/// One real run of <c>dotnet dicomweb.dll tutorial</c> (embedded server, output redirected to a pipe) shared by the
/// tests that read its output, with the temporary folders that existed before and after it.
/// </summary>
public sealed class TutorialRunFixture : IAsyncLifetime
{
    private string[] _before = [];

    internal ProcessResult Result { get; private set; } = new(-1, "", "");

    /// <summary>Tutorial data folders left in the temp folder by this run.</summary>
    internal string[] LeftBehind { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _before = TutorialFolders();
        Result = await DicomWebProgram.RunAsync(["tutorial"], TimeSpan.FromMinutes(3));
        LeftBehind = TutorialFolders().Except(_before).ToArray();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string[] TutorialFolders() => Directory.GetDirectories(Path.GetTempPath(), "dicomweb-tutorial-*");
}

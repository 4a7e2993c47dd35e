using Xunit;

namespace DicomTyped.Tests.Multipart.Support;

/// <summary>
/// Tests that move gigabytes or measure process memory run alone, so their timings and allocation counts
/// are not blurred by tests running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialMultipartCollection
{
    public const string Name = "Multipart, run alone";
}

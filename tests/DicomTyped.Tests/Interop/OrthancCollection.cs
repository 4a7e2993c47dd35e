using Xunit;

namespace DicomTyped.Tests.Interop;

/// <summary>Interop tests sharing one Orthanc; run one at a time because they clear its data.</summary>
[CollectionDefinition(Name)]
public sealed class OrthancCollection : ICollectionFixture<OrthancProcess>
{
    public const string Name = "Orthanc";
}

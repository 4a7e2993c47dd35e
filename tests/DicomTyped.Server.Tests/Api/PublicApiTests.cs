using DicomTyped.Server;
using DicomTyped.Tests.Api;
using Xunit;

namespace DicomTyped.Server.Tests.Api;

/// <summary>The public surface of the DicomTyped.Server package is a checked-in listing, changed only on purpose.</summary>
public class PublicApiTests
{
    [Fact]
    public void DicomTyped_Server_public_API_is_the_approved_one() => ApiApproval.Verify(typeof(DicomWebServerHost).Assembly);
}

using DicomTyped.Http;
using Xunit;

namespace DicomTyped.Tests.Api;

/// <summary>
/// The public surface of each package is a checked-in listing (issue 10, "A public surface that stays deliberate"): a
/// change to it fails here until the approved file is updated on purpose.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void DicomTyped_Core_public_API_is_the_approved_one() => ApiApproval.Verify(typeof(DicomTypedException).Assembly);

    [Fact]
    public void DicomTyped_public_API_is_the_approved_one() => ApiApproval.Verify(typeof(DicomWebException).Assembly);
}

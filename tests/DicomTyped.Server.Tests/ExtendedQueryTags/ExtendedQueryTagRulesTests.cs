using System.Collections.Generic;
using DicomTyped.Query;
using DicomTyped.Server.Errors;
using DicomTyped.Server.ExtendedQueryTags;
using Xunit;

namespace DicomTyped.Server.Tests.ExtendedQueryTags;

/// <summary>
/// The registry's rule for a tag whose reindex is still running. Over HTTP the reindex of a test's few instances ends
/// within milliseconds, so the Adding state is checked here, where it can be held.
/// </summary>
public sealed class ExtendedQueryTagRulesTests
{
    [Fact]
    public void A_tag_still_being_added_is_refused_naming_its_operation()
    {
        var adding = new ExtendedQueryTag(1, 0x00180015, "CS", null, QidoLevel.Series, ExtendedQueryTagStatus.Adding, true, 0, "0123456789abcdef0123456789abcdef");
        var registry = new Dictionary<uint, ExtendedQueryTag> { [adding.Tag] = adding };

        var refused = Assert.Throws<DicomWebRequestException>(() => ExtendedQueryTagRules.Find(registry, adding.Tag, "BodyPartExamined", QidoRoutes.Series));

        Assert.Equal(400, refused.StatusCode);
        Assert.Contains("is still being added (reindex operation 0123456789abcdef0123456789abcdef)", refused.Message);
    }
}

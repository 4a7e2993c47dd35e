using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Validation;
using DicomTyped.Server.Store;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests;

/// <summary>The server judges stored attributes by Core's PS3.5 6.2 value rules (one place), and UIDs by the path rule.</summary>
public sealed class AttributeRuleTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task V1_fails_an_instance_whose_searchable_attribute_breaks_a_core_value_rule()
    {
        await using var server = await ServerFixture.StartAsync();
        // A TAB in an SH: PS3.5 6.1.3 allows no control character there (a rule only Core's DicomValueRules knew).
        var dataset = TestInstances.Dataset("1.2.3", "1.2.3.1", "1.2.3.1.1");
        dataset.Set(new DicomElement(DicomTags.AccessionNumber, DicomVR.SH, "ACC\t1 "u8.ToArray()));
        using var response = await server.Http.SendAsync(TestInstances.StoreRequest(server.Host.BaseAddressV1 + "studies",
            TestInstances.Multipart([("application/dicom", TestInstances.Part10(dataset))])), Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var failed = Assert.Single(new StoreResponseJson(await response.Content.ReadAsStringAsync(Ct)).Failed);
        Assert.Equal(43264, StoreResponseJson.Reason(failed, "00081197"));
        Assert.Contains(StoreResponseJson.Comments(failed), c => c.Contains("AccessionNumber") && c.Contains(nameof(DicomValidationRule.ControlCharacter)));
    }

    [Theory]
    [InlineData("LO", "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL")]
    [InlineData("CS", "ct")]
    [InlineData("PN", "A^B^C^D^E^F")]
    [InlineData("DA", "20241301")]
    [InlineData("SH", "12345678901234567")]
    public void A_value_core_refuses_is_refused_with_the_same_rule(string vr, string value)
    {
        var parsed = DicomVR.Parse(vr);
        var violation = DicomValueRules.CheckValue(parsed, value);
        Assert.NotNull(violation);
        var dataset = new DicomDataset();
        dataset.Set(new DicomElement(new DicomTag(0x00091010), DicomVR.UT, System.Text.Encoding.ASCII.GetBytes(value)));
        var comment = AttributeValidator.Check(dataset, new DicomTag(0x00091010), "Probe", vr);
        Assert.NotNull(comment);
        Assert.Contains(violation.Value.Rule.ToString(), comment);
    }

    [Fact]
    public void A_uid_with_letters_is_accepted_by_the_path_rule_though_PS3_5_refuses_it()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.StudyInstanceUID, DicomVR.UT, "1.2-abc.3");
        Assert.Null(AttributeValidator.Check(dataset, DicomTags.StudyInstanceUID, "StudyInstanceUID", "UI"));
        Assert.NotNull(DicomValueRules.CheckValue(DicomVR.UI, "1.2-abc.3"));
    }
}

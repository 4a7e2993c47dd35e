using DicomTyped.Query;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Query;

/// <summary>Query values are data, never template or structure: what would change the query is percent-encoded.</summary>
public sealed class QueryValuesAreDataTests
{
    [Theory]
    [InlineData("DOE {JOHN}", "DOE%20%7BJOHN%7D")]
    [InlineData("100%", "100%25")]
    [InlineData("A&limit=1", "A%26limit%3D1")]
    [InlineData("A#B", "A%23B")]
    [InlineData("A+B", "A%2BB")]
    [InlineData("Müller", "M%C3%BCller")]
    [InlineData("A|B\\C\"D<E>F`G", "A%7CB%5CC%22D%3CE%3EF%60G")]
    [InlineData("DOE^JOHN*?,-.:", "DOE^JOHN*?,-.:")]
    public void Encoding_leaves_nothing_that_changes_the_query(string value, string expected) =>
        Assert.Equal(expected, QidoEncoding.EncodeValue(value));

    [Fact]
    public void A_brace_in_a_fuzzy_name_is_encoded() =>
        Assert.Equal("studies?PatientName=DOE%20%7BJOHN%7D&fuzzymatching=true", AzureV2.Qido.Studies().PatientNameFuzzy("DOE {JOHN}").ToString());
}

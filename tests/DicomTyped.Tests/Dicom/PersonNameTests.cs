using DicomTyped.Dicom;
using Xunit;

namespace DicomTyped.Tests.Dicom;

public sealed class PersonNameTests
{
    [Fact]
    public void Groups_and_components_split_on_demand()
    {
        var name = PersonName.Parse("Yamada^Tarou=山田^太郎=やまだ^たろう");

        Assert.Equal("Yamada", name.FamilyName);
        Assert.Equal("Tarou", name.GivenName);
        Assert.Equal("太郎", name.Ideographic!.GivenName);
        Assert.Equal("やまだ", name.Phonetic!.FamilyName);
    }

    [Fact]
    public void Name_from_group_texts_equals_the_parsed_and_the_constructed_name()
    {
        var fromJson = PersonName.FromGroupTexts("Doe^John^^^");
        var parsed = PersonName.Parse("Doe^John");
        var constructed = new PersonName(new PersonNameGroup("Doe", "John"));

        Assert.Equal(parsed, fromJson);
        Assert.Equal(constructed, fromJson);
        Assert.Equal(parsed.GetHashCode(), fromJson.GetHashCode());
        Assert.Equal("Doe^John", fromJson.ToString());
    }

    [Fact]
    public void Trailing_empty_groups_are_left_out_of_the_text()
    {
        Assert.Equal("Wang^XiaoDong=王^小東", PersonName.Parse("Wang^XiaoDong=王^小東=").ToString());
        Assert.True(PersonName.FromGroupTexts(null, "", "^").IsEmpty);
    }

    [Fact]
    public void Different_names_are_not_equal()
    {
        Assert.NotEqual(PersonName.Parse("Doe^John"), PersonName.Parse("Doe^Jane"));
        Assert.NotEqual(PersonName.Parse("Doe^John"), PersonName.Parse("Doe^John=ドウ"));
    }
}

using System.IO;
using System.Linq;
using System.Threading;
using DicomTyped.Generator.Model;
using DicomTyped.Generator.Parsing;
using DicomTyped.Generator.Tests.Support;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DicomTyped.Generator.Tests;

/// <summary>
/// The <c>percentdecoding</c> setting (parsed, defaulted, located when wrong, and emitted), and the facts of the shipped
/// profiles that were corrected against their sources (Azure's conformance statement v2, PS3.18 tables 10.6.3-3/-4,
/// Orthanc 1.10 observed live).
/// </summary>
public sealed class ProfileFactsTests
{
    private const string Header = "profile P\ntitle P server\n";

    private static ProfileDocument Parse(string text) => ProfileParser.Parse("/p/p.profile", SourceText.From(text), CancellationToken.None);

    private static ProfileDocument Shipped(string name) =>
        ProfileParser.Parse(name, SourceText.From(File.ReadAllText(GeneratorHarness.SpecPath("profiles", name))), CancellationToken.None);

    private static AttributeLine Line(ProfileDocument profile, string keyword) => profile.Attributes.Single(a => a.Keyword == keyword);

    [Fact]
    public void Percentdecoding_defaults_to_yes() =>
        Assert.True(Parse(Header).Settings.DecodesQueryValues);

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public void Percentdecoding_takes_yes_or_no(string value, bool decodes) =>
        Assert.Equal(decodes, Parse(Header + "percentdecoding " + value + "\n").Settings.DecodesQueryValues);

    [Fact]
    public void A_bad_percentdecoding_value_is_DTY0001_at_the_value()
    {
        var diagnostic = Assert.Single(Parse(Header + "percentdecoding   maybe\n").Diagnostics);
        Assert.Equal("DTY0001", diagnostic.DescriptorId);
        var span = diagnostic.Location!.LineSpan;
        Assert.Equal((2, 18), (span.Start.Line, span.Start.Character));
        Assert.Contains("yes or no", string.Join(" ", diagnostic.MessageArgs));
    }

    [Fact]
    public void A_profile_without_decoding_gets_builders_that_say_so()
    {
        var (_, diagnostics, run) = GeneratorHarness.Run([GeneratorHarness.Dictionary(),
            GeneratorHarness.Text("/p/p.profile", Header + "percentdecoding no\n[study]\nPatientName  studies  exact,wildcard  default\n")]);
        Assert.Empty(diagnostics);
        var studies = run.Results.Single().GeneratedSources.Single(s => s.HintName == "P.StudiesQuery.g.cs").SourceText.ToString();
        Assert.Contains(": base(\"studies\", serverDecodesValues: false)", studies);
    }

    [Fact]
    public void Orthanc_does_not_percent_decode() =>
        Assert.False(Shipped("orthanc.profile").Settings.DecodesQueryValues);

    [Theory]
    [InlineData("azure-dicom-v2.profile")]
    [InlineData("dicomweb.profile")]
    public void Azure_and_the_standard_percent_decode(string profile) =>
        Assert.True(Shipped(profile).Settings.DecodesQueryValues);

    [Fact]
    public void Azure_patient_birth_date_has_range_matching() =>
        Assert.True((Line(Shipped("azure-dicom-v2.profile"), "PatientBirthDate").Matching & MatchKinds.Range) != 0);

    [Theory]
    [InlineData("NumberOfStudyRelatedSeries")]
    [InlineData("NumberOfStudyRelatedInstances")]
    [InlineData("NumberOfSeriesRelatedInstances")]
    public void The_standard_returns_the_related_counts_by_default(string keyword) =>
        Assert.Equal(ReturnKind.Default, Line(Shipped("dicomweb.profile"), keyword).Returned);

    [Theory]
    [InlineData("NumberOfStudyRelatedSeries")]
    [InlineData("NumberOfStudyRelatedInstances")]
    [InlineData("NumberOfSeriesRelatedInstances")]
    [InlineData("SeriesDescription")]
    public void Orthanc_returns_these_by_default(string keyword) =>
        Assert.Equal(ReturnKind.Default, Line(Shipped("orthanc.profile"), keyword).Returned);
}

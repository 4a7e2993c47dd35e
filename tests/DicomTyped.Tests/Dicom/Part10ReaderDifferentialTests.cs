using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// The buffer reader (bytes in memory: <c>DicomBufferReader</c>) and the stream reader (<c>DicomDatasetReader</c>, here
/// over a seekable stream read asynchronously) share every decision; this runs every sample, every bad input of
/// tests/data/cases and a few thousand mutated inputs through both, strict and tolerant, whole and stopping before
/// pixel data, and requires the same data set and warnings, or the same exception type, offset and message.
/// </summary>
public class Part10ReaderDifferentialTests
{
    private const int MutatedInputs = 3000;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in TestData.AllSampleFiles().Concat(Directory.GetFiles(System.IO.Path.Combine(TestData.Root, "cases"), "*.dcm")))
        {
            data.Add(System.IO.Path.GetRelativePath(TestData.Root, path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Both_readers_read_every_sample_and_case_alike(string relativePath)
    {
        var bytes = File.ReadAllBytes(System.IO.Path.Combine(TestData.Root, relativePath));
        foreach (var options in Options())
        {
            var (memory, stream) = await ReadBothAsync(bytes, options);
            Assert.Equal(memory, stream);
            // Every sample and case reads when tolerant (strict reading of a case throws, alike on both paths).
            Assert.True(options.Strict || memory.StartsWith("file", StringComparison.Ordinal), memory);
        }
    }

    [Fact]
    public async Task Both_readers_read_mutated_inputs_alike()
    {
        var seeds = Part10FuzzTests.Seeds();
        var random = new Random(20261130);
        var outcomes = new HashSet<string>();
        for (var n = 0; n < MutatedInputs; n++)
        {
            var input = Part10FuzzTests.Mutate(seeds[n % seeds.Count], random);
            var options = Options()[n % Options().Length];
            var (memory, stream) = await ReadBothAsync(input, options);
            if (memory != stream)
            {
                File.WriteAllBytes(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dicomtyped-differential-failure.dcm"), input);
                Assert.Fail($"Input {n} ({options}) read differently (saved to dicomtyped-differential-failure.dcm):\nmemory: {Head(memory)}\nstream: {Head(stream)}");
            }
            outcomes.Add(memory.Split('\n')[0].Split(' ')[0]);
        }
        // Both outcomes occur: a comparison of only failures (or only successes) would prove little.
        Assert.Contains("file", outcomes);
        Assert.True(outcomes.Count > 2, string.Join(", ", outcomes));
    }

    private static DicomReadOptions[] Options() =>
    [
        DicomReadOptions.Default,
        new() { Strict = true },
        new() { StopBeforePixelData = true },
        new() { Strict = true, StopBeforePixelData = true },
    ];

    private static async Task<(string Memory, string Stream)> ReadBothAsync(byte[] bytes, DicomReadOptions options)
    {
        var memory = Describe(() => Task.FromResult(DicomFile.Read(bytes, options)));
        var stream = Describe(async () => await DicomFile.ReadAsync(new MemoryStream(bytes), options));
        return (await memory, await stream);
    }

    // Everything a reader decides, as text: the file's shape and every element (values as hex), or the exception.
    private static async Task<string> Describe(Func<Task<DicomFile>> read)
    {
        try
        {
            var file = await read();
            var text = new StringBuilder();
            text.Append("file ").Append(file.TransferSyntax.Uid).Append(" stopped=").Append(file.StoppedBeforePixelData)
                .Append(" preamble=").Append(file.Preamble is not null).Append('\n');
            foreach (var warning in file.Warnings)
            {
                text.Append("warning ").Append(warning).Append('\n');
            }
            Append(text, file.FileMetaInformation, "");
            Append(text, file.Dataset, "");
            return text.ToString();
        }
        catch (DicomParseException ex)
        {
            return $"{ex.GetType().Name} at {ex.Offset}: {ex.Message}";
        }
    }

    private static void Append(StringBuilder text, DicomDataset dataset, string indent)
    {
        foreach (var element in dataset)
        {
            text.Append(indent).Append(element.Tag).Append(' ').Append(element.VR);
            switch (element)
            {
                case DicomSequence sequence:
                    text.Append(" undefined=").Append(sequence.HasUndefinedLength).Append('\n');
                    foreach (var item in sequence.Items)
                    {
                        text.Append(indent).Append("  item undefined=").Append(item.HasUndefinedItemLength).Append('\n');
                        Append(text, item, indent + "    ");
                    }
                    break;
                case DicomFragments fragments:
                    text.Append(" table=").Append(Convert.ToHexString(fragments.BasicOffsetTableBytes.Span));
                    foreach (var fragment in fragments.Fragments)
                    {
                        text.Append(" fragment=").Append(Hash(fragment.Data.Span));
                    }
                    text.Append('\n');
                    break;
                default:
                    text.Append(' ').Append(element.Length).Append(' ').Append(Hash(element.Value.Span)).Append('\n');
                    break;
            }
        }
    }

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16];

    private static string Head(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}

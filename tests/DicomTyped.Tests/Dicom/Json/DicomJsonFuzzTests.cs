using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using DicomTyped.Dicom.Json;
using DicomTyped.Tests.Support;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Dicom.Json;

/// <summary>
/// Deterministic fuzzing of every DICOM JSON reader with mutations of real bodies (the server samples of tests/data/json
/// and the cases of tests/data/cases): byte flips, truncation, lone surrogate escapes, invalid UTF-8, deep nesting,
/// huge numbers, structural characters. Each reader's documented exception is <see cref="DicomJsonException"/>; nothing
/// else may escape.
/// </summary>
public sealed class DicomJsonFuzzTests
{
    private const int Inputs = 20_000;

    public static TheoryData<string> Readers() =>
        ["StudyMatch", "SeriesMatch", "InstanceMatch", "InstanceMetadata", "DicomJsonReader", "DicomJsonReader streamed"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Mutated_bodies_either_read_or_throw_a_dicom_json_exception(string reader)
    {
        Action<byte[]> read = reader switch
        {
            "StudyMatch" => body => AzureV2.StudyMatch.ReadArray(body),
            "SeriesMatch" => body => AzureV2.SeriesMatch.ReadArray(body),
            "InstanceMatch" => body => AzureV2.InstanceMatch.ReadArray(body),
            "InstanceMetadata" => body => AzureV2.InstanceMetadata.ReadArray(body),
            "DicomJsonReader streamed" => ReadStreamed,
            _ => body => DicomJsonReader.ReadDatasets(body),
        };
        var seeds = Seeds();
        var random = new Random(20260707 + reader.Length);
        int accepted = 0, rejected = 0;
        for (var n = 0; n < Inputs; n++)
        {
            var input = Mutate(seeds[n % seeds.Count], random);
            try
            {
                read(input);
                accepted++;
            }
            catch (DicomJsonException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "dicomtyped-json-fuzz-failure.json"), input);
                Assert.Fail($"{reader}, input {n}: {ex.GetType().Name}: {ex.Message} (saved to dicomtyped-json-fuzz-failure.json)\n{ex.StackTrace}");
            }
        }
        Assert.Equal(Inputs, accepted + rejected);
        // Both outcomes must be common, or the mutations test only one path.
        Assert.True(rejected > Inputs / 10, $"only {rejected} of {Inputs} rejected");
        Assert.True(accepted > Inputs / 20, $"only {accepted} of {Inputs} read");
    }

    // 1-64 bytes per read, so that every mutation also meets the streamed reader's between-reads state.
    private static void ReadStreamed(byte[] body)
    {
        var datasets = DicomJsonReader.ReadDatasetsAsync(new ChunkedStream(body, 1, 64, body.Length), CancellationToken.None);
        var enumerator = datasets.GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static List<byte[]> Seeds()
    {
        var files = Directory.GetFiles(Path.Combine(TestData.Root, "json"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(TestData.Root, "cases"), "*.json", SearchOption.AllDirectories));
        return files.Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
    }

    private static readonly byte[][] s_insertions =
    [
        "\\uD800"u8.ToArray(), "\\uDC00"u8.ToArray(), "\\uD83D\\u0041"u8.ToArray(), // lone and broken surrogate escapes
        [0xC0, 0xAF], [0xFF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80],              // invalid UTF-8
        "1e999999"u8.ToArray(), "-99999999999999999999999999999"u8.ToArray(), "1E+400"u8.ToArray(), "0.0000000000000000000000001"u8.ToArray(),
        "null"u8.ToArray(), "{}"u8.ToArray(), "[]"u8.ToArray(), "\"\""u8.ToArray(), ","u8.ToArray(), "\\"u8.ToArray(),
        "\"vr\":\"\","u8.ToArray(), "\"vr\":\"XX\","u8.ToArray(), "\"Value\":null,"u8.ToArray(), "\"Value\":[null],"u8.ToArray(),
    ];

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = seed;
        for (var m = 1 + random.Next(3); m > 0 && bytes.Length > 0; m--)
        {
            var at = random.Next(bytes.Length + 1);
            bytes = random.Next(8) switch
            {
                0 => Flip(bytes, random),
                1 => bytes[..random.Next(bytes.Length + 1)],
                2 => [.. bytes[..at], .. s_insertions[random.Next(s_insertions.Length)], .. bytes[at..]],
                3 => InsideString(bytes, random, s_insertions[random.Next(8)]),
                4 => HugeNumber(bytes, random),
                5 => Nest(random.Next(2) == 0 ? 70 : 2_000),
                6 => [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + random.Next(1, 32))..]],
                _ => [.. bytes[..at], (byte)"{}[]\",:0aZ-. \\"[random.Next(14)], .. bytes[at..]],
            };
        }
        return bytes;
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var flips = 1 + random.Next(6); flips > 0 && copy.Length > 0; flips--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }
        return copy;
    }

    // Just after an opening quote, so that the bad text lands inside a string value or key.
    private static byte[] InsideString(byte[] bytes, Random random, byte[] insertion)
    {
        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToArray();
        if (quotes.Length == 0)
        {
            return bytes;
        }
        var at = quotes[random.Next(quotes.Length)] + 1;
        return [.. bytes[..at], .. insertion, .. bytes[at..]];
    }

    // A number or a string value replaced with a huge or over-long number.
    private static byte[] HugeNumber(byte[] bytes, Random random)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var values = text.IndexOf("\"Value\":[", StringComparison.Ordinal);
        if (values < 0)
        {
            return bytes;
        }
        var start = values + 9;
        var end = text.IndexOfAny([',', ']'], start);
        var huge = random.Next(3) switch
        {
            0 => new string('9', 400),
            1 => "\"" + new string('7', 40) + "\"",
            _ => "-1e-99999",
        };
        return Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, start), huge, text.AsSpan(end < 0 ? text.Length : end)));
    }

    // Sequences nested past every limit: the readers must refuse, not overflow the stack.
    private static byte[] Nest(int depth)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < depth; i++)
        {
            text.Append("""{"00081032":{"vr":"SQ","Value":[""");
        }
        text.Append("{}");
        for (var i = 0; i < depth; i++)
        {
            text.Append("]}}");
        }
        return Encoding.UTF8.GetBytes(text.Append(']').ToString());
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

public class Part10FuzzTests
{
    private const int Inputs = 24_000;

    [Fact]
    public void Mutated_inputs_either_parse_or_throw_a_parse_exception()
    {
        var seeds = Seeds();
        var random = new Random(20260101);
        var parsed = 0;
        var rejected = 0;
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < Inputs; n++)
        {
            var input = Mutate(seeds[n % seeds.Count], random);
            var options = new DicomReadOptions
            {
                StopBeforePixelData = n % 5 == 1,
                PixelData = n % 3 == 0 ? PixelDataHandling.Reference : PixelDataHandling.Load,
                MaxNestingDepth = 16,
            };
            // Four inputs in turn: a seekable stream, the same bytes in memory (parsed in place), a seekable stream, and a
            // forward-only stream, so that every reader path meets every kind of mutation.
            Stream stream = n % 4 == 3 ? new NonSeekableStream(new MemoryStream(input)) : new MemoryStream(input);
            try
            {
                if (n % 4 == 2)
                {
                    DicomFile.Read(input.AsMemory(), options);
                }
                else
                {
                    DicomFile.Read(stream, options);
                }
                parsed++;
            }
            catch (DicomParseException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "dicomtyped-fuzz-failure.dcm"), input);
                Assert.Fail($"Input {n} threw {ex.GetType().Name}: {ex.Message} (saved to dicomtyped-fuzz-failure.dcm)\n{ex.StackTrace}");
            }
        }
        Assert.Equal(Inputs, parsed + rejected);
        Assert.True(rejected > Inputs / 10, $"only {rejected} of {Inputs} inputs were rejected; the mutations are too mild");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    internal static List<byte[]> Seeds()
    {
        var seeds = new List<byte[]>();
        foreach (var path in TestData.AllSampleFiles())
        {
            var bytes = File.ReadAllBytes(path);
            seeds.Add(bytes.Length <= 16 * 1024 ? bytes : bytes.AsSpan(0, 4096).ToArray());
        }
        return seeds;
    }

    internal static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        var mutations = 1 + random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            switch (random.Next(6))
            {
                case 0:
                case 1:
                    for (var flips = 1 + random.Next(8); flips > 0; flips--)
                    {
                        var at = random.Next(bytes.Length);
                        bytes[at] ^= (byte)(1 << random.Next(8));
                    }
                    break;
                case 2:
                    bytes = bytes.AsSpan(0, random.Next(bytes.Length + 1)).ToArray();
                    break;
                case 3:
                    SetLengthField(bytes, random);
                    break;
                case 4:
                    var from = random.Next(bytes.Length + 1);
                    var count = Math.Min(random.Next(1, 16), bytes.Length - from);
                    bytes = [.. bytes.AsSpan(0, from), .. bytes.AsSpan(from + count)];
                    break;
                default:
                    var where = random.Next(bytes.Length + 1);
                    var junk = new byte[random.Next(1, 16)];
                    random.NextBytes(junk);
                    bytes = [.. bytes.AsSpan(0, where), .. junk, .. bytes.AsSpan(where)];
                    break;
            }
            if (bytes.Length == 0)
            {
                break;
            }
        }
        return bytes;
    }

    // Lengths follow VR codes in explicit VR; picking a spot after two capital letters hits them often.
    private static void SetLengthField(byte[] bytes, Random random)
    {
        for (var attempt = 0; attempt < 64 && bytes.Length > 12; attempt++)
        {
            var at = random.Next(132, Math.Max(133, bytes.Length - 8));
            if (at + 8 > bytes.Length || !char.IsAsciiLetterUpper((char)bytes[at]) || !char.IsAsciiLetterUpper((char)bytes[at + 1]))
            {
                continue;
            }
            uint value = random.Next(5) switch
            {
                0 => 0xFFFFFFFF,
                1 => (uint)random.Next(),
                2 => 0xFFFFFFF0,
                3 => (uint)random.Next(64),
                _ => (uint)random.Next(65536),
            };
            if (at + 8 <= bytes.Length && bytes[at + 2] == 0 && bytes[at + 3] == 0)
            {
                BitConverter.GetBytes(value).CopyTo(bytes, at + 4);
            }
            else
            {
                BitConverter.GetBytes((ushort)value).CopyTo(bytes, at + 2);
            }
            return;
        }
    }
}

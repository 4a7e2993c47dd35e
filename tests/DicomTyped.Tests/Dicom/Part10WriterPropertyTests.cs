using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Validation;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// Issue 7 §6 as a property: for random values of every VR, either the writer refuses the value with a
/// <see cref="DicomValidationException"/>, or dcmdump reads the file without a warning and our reader gives back the
/// same bytes. Deterministic (fixed seeds), as the Part 10 fuzz tests are; dcmdump runs once per batch of elements.
/// </summary>
public class Part10WriterPropertyTests
{
    private const string DcmtkHint = "apt-get install dcmtk";
    private const int Batches = 6;
    private const int ValuesPerBatch = 1500;

    private static readonly DicomVR[] TextVRs =
    [
        DicomVR.AE, DicomVR.AS, DicomVR.CS, DicomVR.DA, DicomVR.DS, DicomVR.DT, DicomVR.IS, DicomVR.LO, DicomVR.LT,
        DicomVR.PN, DicomVR.SH, DicomVR.ST, DicomVR.TM, DicomVR.UC, DicomVR.UI, DicomVR.UR, DicomVR.UT,
    ];

    private static readonly DicomVR[] BinaryVRs =
    [
        DicomVR.AT, DicomVR.FD, DicomVR.FL, DicomVR.OB, DicomVR.OD, DicomVR.OF, DicomVR.OL, DicomVR.OV, DicomVR.OW,
        DicomVR.SL, DicomVR.SS, DicomVR.SV, DicomVR.UL, DicomVR.US, DicomVR.UV,
    ];

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Random_values_are_refused_with_a_validation_exception_or_read_back_identically_by_dcmdump_and_us(int seed)
    {
        Assert.InRange(seed, 1, Batches);
        var dcmdump = Peers.Require("dcmdump", DcmtkHint);
        var random = new Random(seed);
        var batch = Part10WriterValidationTests.Minimal();
        // Latin-1: bytes above 0x7F are characters in LO, PN, SH, ST, LT, UC, UT and outside the repertoire of the rest.
        batch.SetString(new DicomTag(0x00080005), DicomVR.CS, "ISO_IR 100");
        var accepted = new List<DicomElement>();
        var refused = 0;
        for (var i = 0; i < ValuesPerBatch; i++)
        {
            // Private tags (0011,xxyy) under creators (0011,0010..) keep the VR written in the file for every reader.
            var block = 0x10 + i / 256;
            var tag = new DicomTag(0x0011, (ushort)((block << 8) | (i % 256)));
            var vr = random.Next(4) == 0 ? BinaryVRs[random.Next(BinaryVRs.Length)] : TextVRs[random.Next(TextVRs.Length)];
            var element = new DicomElement(tag, vr, vr.IsString ? RandomText(random, vr) : RandomBytes(random));
            var single = Part10WriterValidationTests.Minimal();
            single.SetString(new DicomTag(0x00080005), DicomVR.CS, "ISO_IR 100");
            single.Set(element);
            try
            {
                new DicomFile(single).Save(new MemoryStream());
                accepted.Add(element);
            }
            catch (DicomValidationException ex)
            {
                Assert.Equal((tag, vr), (ex.Tag, ex.VR));
                refused++;
            }
        }
        foreach (var block in accepted.Select(e => e.Tag.Element >> 8).Distinct())
        {
            batch.SetString(new DicomTag(0x0011, (ushort)block), DicomVR.LO, "DICOMTYPED PROPERTY " + block);
        }
        foreach (var element in accepted)
        {
            batch.Set(element);
        }
        // Both outcomes must occur, or the generator tests nothing.
        Assert.InRange(refused, ValuesPerBatch / 10, ValuesPerBatch * 9 / 10);

        var dir = ExternalTool.TempDirectory();
        var path = Path.Combine(dir, "property.dcm");
        new DicomFile(batch).Save(path);

        var dump = ExternalTool.Run(dcmdump, "-q", path);
        Assert.Equal(0, dump.ExitCode);
        Assert.Equal("", dump.Stderr);
        Assert.DoesNotContain(dump.Stdout.Split('\n'), l => l.StartsWith("W:", StringComparison.Ordinal) || l.StartsWith("E:", StringComparison.Ordinal));
        // Every element is in the dump (values may hold line breaks, so count tags rather than lines).
        var blocks = accepted.Select(e => e.Tag.Element >> 8).Distinct().Count();
        Assert.Equal(accepted.Count + blocks, System.Text.RegularExpressions.Regex.Count(dump.Stdout, @"\(0011,"));

        var read = DicomFile.Open(path).Dataset;
        foreach (var element in accepted)
        {
            var back = read[element.Tag];
            Assert.NotNull(back);
            Assert.Equal(element.VR, back.VR);
            Assert.Equal(Padded(element), back.Value.ToArray());
        }
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void The_setters_and_the_writer_agree_on_random_text(int seed)
    {
        // 10,000 values per seed: the setter refuses (ArgumentException around a DicomValidationException), or the
        // writer accepts the value it made and the reader gives back the same text.
        var random = new Random(seed);
        var refused = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var vr = TextVRs[random.Next(TextVRs.Length)];
            var text = random.Next(2) == 0 ? Plausible(random, vr) : Noise(random, random.Next(0, 70));
            var dataset = Part10WriterValidationTests.Minimal();
            dataset.SetString(new DicomTag(0x00080005), DicomVR.CS, "ISO_IR 100");
            var tag = new DicomTag(0x00111000);
            dataset.SetString(new DicomTag(0x00110010), DicomVR.LO, "DICOMTYPED PROPERTY");
            try
            {
                dataset.SetString(tag, vr, text);
            }
            catch (ArgumentException ex)
            {
                var inner = Assert.IsType<DicomValidationException>(ex.InnerException);
                Assert.Equal((tag, vr), (inner.Tag, inner.VR));
                refused++;
                continue;
            }
            var written = new MemoryStream();
            new DicomFile(dataset).Save(written);
            var back = DicomFile.Read(written.ToArray()).Dataset;
            var expected = DicomValueRules_IsMultiValued(vr) ? text.Trim(' ') : text.TrimEnd(' ');
            Assert.Equal(vr == DicomVR.UI ? expected.TrimEnd('\0') : expected, back.GetString(tag));
        }
        Assert.InRange(refused, 1_000, 9_000);
    }

    private static bool DicomValueRules_IsMultiValued(DicomVR vr) =>
        vr != DicomVR.LT && vr != DicomVR.ST && vr != DicomVR.UT && vr != DicomVR.UR;

    private static byte[] Padded(DicomElement element) =>
        element.Value.Length % 2 == 0 ? element.Value.ToArray() : [.. element.Value.ToArray(), element.VR.PaddingByte];

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 5) * 4 + random.Next(0, 4)];
        random.NextBytes(bytes);
        return bytes;
    }

    // Half plausible values of the VR (often at a limit), half random characters from a pool of troublemakers.
    private static byte[] RandomText(Random random, DicomVR vr)
    {
        var text = random.Next(2) == 0 ? Plausible(random, vr) : Noise(random, random.Next(0, 70));
        return Encoding.Latin1.GetBytes(text);
    }

    private const string NoisePool = "ABCZabz019 ._-+^=\\/:eE\r\n\t\u001b\u00e9\u00c9*?&%@";

    private static string Noise(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = NoisePool[random.Next(NoisePool.Length)];
        }
        return new string(chars);
    }

    private static string Digits(Random random, int count) =>
        new(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))).ToArray());

    private static string Plausible(Random random, DicomVR vr)
    {
        var n = random.Next(3);
        if (vr == DicomVR.AE) return new string('A', 14 + n);
        if (vr == DicomVR.AS) return Digits(random, 3) + "DWMYX"[random.Next(5)];
        if (vr == DicomVR.CS) return n == 0 ? "ORIGINAL\\PRIMARY" : new string('C', 15 + n);
        if (vr == DicomVR.DA) return $"{1900 + random.Next(200):D4}{1 + random.Next(13):D2}{1 + random.Next(31):D2}";
        if (vr == DicomVR.TM) return $"{random.Next(25):D2}{random.Next(61):D2}{random.Next(61):D2}.{Digits(random, 1 + random.Next(7))}";
        if (vr == DicomVR.DT) return $"{2000 + random.Next(30):D4}{1 + random.Next(12):D2}{1 + random.Next(28):D2}{random.Next(24):D2}+{random.Next(16):D2}00";
        if (vr == DicomVR.DS) return (random.NextDouble() * Math.Pow(10, random.Next(-20, 20))).ToString(n == 0 ? "E10" : "R", System.Globalization.CultureInfo.InvariantCulture);
        if (vr == DicomVR.IS) return (random.NextInt64(-3_000_000_000, 3_000_000_000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (vr == DicomVR.UI) return "1.2." + string.Join('.', Enumerable.Range(0, 1 + random.Next(12)).Select(_ => random.Next(3) == 0 ? "0" + Digits(random, 1) : Digits(random, 1 + random.Next(9)).TrimStart('0').PadLeft(1, '1')));
        if (vr == DicomVR.PN) return string.Join('=', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => string.Join('^', Enumerable.Range(0, 1 + random.Next(6)).Select(_ => Noise(random, random.Next(8)).Replace("\\", "").Replace("=", "").Replace("^", "")))));
        if (vr == DicomVR.LO) return new string('\u00e9', 62 + n);
        if (vr == DicomVR.SH) return new string('S', 15 + n);
        if (vr == DicomVR.ST) return "line one\r\nline two\\" + new string('s', 1000 + 2 * n);
        if (vr == DicomVR.LT) return new string('l', 10239 + n);
        if (vr == DicomVR.UR) return "http://example.org/wado?x=" + Noise(random, 5);
        return "text with \\ and \r\n line breaks " + Noise(random, 10);
    }
}

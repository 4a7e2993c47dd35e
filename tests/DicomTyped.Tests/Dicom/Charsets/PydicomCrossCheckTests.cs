using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Charsets;
using Xunit;

namespace DicomTyped.Tests.Dicom.Charsets;

/// <summary>Compares DicomTyped with pydicom 2.3.1 on the same bytes and text.</summary>
/// <remarks>
/// The GB 2312 examples (Annex K) are left out of the pydicom comparison: pydicom 2.3.1 hands ISO 2022 IR 58
/// to Python's gb2312 codec, which neither strips ESC $ ) A when reading (the escape stays in the text) nor
/// writes it (the bytes lose the designation PS3.5 K.2 shows). The GB 2312 table itself is compared with
/// Python's codec below.
/// </remarks>
public class PydicomCrossCheckTests
{
    private static readonly StandardExample[] s_comparable =
        StandardExamples.All.Where(e => !e.Terms.Contains("ISO 2022 IR 58")).ToArray();

    [SkippableFact]
    public void Decode_agrees_with_pydicom_on_the_standard_examples()
    {
        Pydicom.Require();
        var requests = new JsonArray(s_comparable.Select(e => (JsonNode)Pydicom.Decode(e.Terms, e.Vr, e.Bytes)).ToArray());

        var answers = Pydicom.Run(requests);

        for (var i = 0; i < s_comparable.Length; i++)
        {
            var example = s_comparable[i];
            var ours = DicomCharacterSet.FromSpecificCharacterSet(example.Terms).Decode(example.Bytes, example.VR);
            Assert.True(WithoutEmptyTrailingGroups(answers[i]!.GetValue<string>(), example.Vr) == WithoutEmptyTrailingGroups(ours, example.Vr), $"{example.Name}: pydicom '{answers[i]}', DicomTyped '{ours}'");
        }
    }

    [SkippableFact]
    public void Encode_agrees_with_pydicom_on_the_standard_person_names()
    {
        Pydicom.Require();
        // pydicom designates once per text value, where Annexes I.2 and K.3 designate after each line break,
        // so only the person names are compared.
        var names = s_comparable.Where(e => e.Vr == "PN").ToArray();
        var requests = new JsonArray(names.Select(e => (JsonNode)Pydicom.Encode(e.Terms, e.Vr, WithoutEmptyTrailingGroups(e.Text, "PN"))).ToArray());

        var answers = Pydicom.Run(requests);

        for (var i = 0; i < names.Length; i++)
        {
            var text = WithoutEmptyTrailingGroups(names[i].Text, "PN");
            var ours = Convert.ToHexString(DicomCharacterSet.FromSpecificCharacterSet(names[i].Terms).Encode(text, DicomVR.PN));
            Assert.True(answers[i]!.GetValue<string>() == ours, $"{names[i].Name}: pydicom {answers[i]}, DicomTyped {ours}");
        }
    }

    [SkippableFact]
    public void Single_byte_sets_agree_with_pydicom_both_ways()
    {
        Pydicom.Require();
        // pydicom 2.3.1 does not know ISO_IR 203.
        var samples = SingleByteSetTests.Samples.Select(row => ((string)row[0], (string)row[1])).Where(s => s.Item1 != "ISO_IR 203").ToArray();
        var requests = new JsonArray();
        foreach (var (term, text) in samples)
        {
            requests.Add(Pydicom.Encode([term], "PN", text));
        }

        var answers = Pydicom.Run(requests);

        for (var i = 0; i < samples.Length; i++)
        {
            var charset = DicomCharacterSet.FromSpecificCharacterSet([samples[i].Item1]);
            var theirs = Convert.FromHexString(answers[i]!.GetValue<string>());
            Assert.Equal(Convert.ToHexString(theirs), Convert.ToHexString(charset.Encode(samples[i].Item2, DicomVR.PN)));
            Assert.Equal(samples[i].Item2, charset.Decode(theirs, DicomVR.PN));
        }
    }

    [SkippableFact]
    public void Patient_names_of_pydicoms_charset_files_decode_as_pydicom_reads_them()
    {
        Pydicom.Require();
        // Debian's python3-pydicom ships them; a CI machine without them has the wrong package, which must not pass.
        Assert.True(System.IO.Directory.Exists(Pydicom.CharsetFiles), $"python3-pydicom ships no charset_files at {Pydicom.CharsetFiles}");
        var request = new JsonArray(new JsonObject { ["op"] = "files", ["dir"] = Pydicom.CharsetFiles });

        var files = Pydicom.Run(request)[0]!.AsArray();

        Assert.True(files.Count >= 15, $"only {files.Count} charset files with a patient name");
        foreach (var file in files)
        {
            var terms = file!["terms"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray();
            var raw = Convert.FromHexString(file["hex"]!.GetValue<string>());
            var ours = WithoutEmptyTrailingGroups(DicomCharacterSet.FromSpecificCharacterSet(terms).Decode(raw, DicomVR.PN), "PN");
            Assert.True(file["text"]!.GetValue<string>() == ours, $"{file["name"]}: pydicom '{file["text"]}', DicomTyped '{ours}'");
        }
    }

    // pydicom's PersonName drops the padding and an empty last group ("Wang^XiaoDong=王^小東=" reads as
    // "Wang^XiaoDong=王^小東"); that is person-name formatting, not character set handling.
    private static string WithoutEmptyTrailingGroups(string text, string vr) => vr == "PN" ? text.TrimEnd(' ').TrimEnd('=') : text;

    /// <summary>Every character of the multi-byte tables, read by DicomTyped and by Python.</summary>
    public static TheoryData<string> MultiByteSets => new() { "JIS X 0208", "JIS X 0212", "KS X 1001", "GB 2312" };

    [SkippableTheory]
    [MemberData(nameof(MultiByteSets))]
    public void Whole_multi_byte_tables_agree_with_python(string set)
    {
        Pydicom.Require();
        var (element, terms, codec, known) = set switch
        {
            "JIS X 0208" => (CodeElements.JisX0208, new[] { "", "ISO 2022 IR 87" }, (string?)null, Array.Empty<int>()),
            "JIS X 0212" => (CodeElements.JisX0212, new[] { "", "ISO 2022 IR 159" }, null, []),
            // KS X 1001 0x2454 (HANGUL FILLER) is in 949 and KS X 1001 but not in Python's euc_kr.
            "KS X 1001" => (CodeElements.KsX1001, new[] { "", "ISO 2022 IR 149" }, null, [0x2454]),
            // Two documented differences of mapping (see CodeElements.Gb2312).
            _ => (CodeElements.Gb2312, new[] { "", "ISO 2022 IR 58" }, "gb2312", [0x2124, 0x212A]),
        };
        var codes = new List<int>();
        for (var row = 0x21; row <= 0x7E; row++)
        {
            for (var cell = 0x21; cell <= 0x7E; cell++)
            {
                var code = (row << 8) | cell;
                if (element.Decode(code) != '\uFFFD' && !known.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }
        var high = element.Slot == CodeElementSlot.G1 ? 0x80 : 0;
        var pairs = codes.SelectMany(c => new[] { (byte)((c >> 8) | high), (byte)((c & 0xFF) | high) }).ToArray();
        var value = codec is null
            ? element.Designation.Concat(pairs).Concat(high == 0 ? CodeElements.Ascii.Designation : []).ToArray()
            : pairs;
        var request = codec is null ? Pydicom.Decode(terms, "LT", value) : Pydicom.Codec(codec, value);

        var theirs = Pydicom.Run(new JsonArray(request))[0]!.GetValue<string>();
        var ours = codec is null
            ? DicomCharacterSet.FromSpecificCharacterSet(terms).Decode(value, DicomVR.LT)
            : new string(codes.Select(element.Decode).ToArray());

        Assert.Equal(codes.Count, ours.Length);
        var firstDifference = Enumerable.Range(0, Math.Min(ours.Length, theirs.Length)).FirstOrDefault(i => ours[i] != theirs[i], -1);
        Assert.True(firstDifference < 0 && ours.Length == theirs.Length,
            firstDifference < 0 ? $"lengths {ours.Length} vs {theirs.Length}"
                : $"{set} 0x{codes[firstDifference]:X4}: DicomTyped U+{(int)ours[firstDifference]:X4}, Python U+{(int)theirs[firstDifference]:X4}");
    }
}

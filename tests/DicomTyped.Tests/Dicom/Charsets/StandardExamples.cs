using System;
using System.Collections.Generic;
using DicomTyped.Dicom;

namespace DicomTyped.Tests.Dicom.Charsets;

/// <summary>One example of PS3.5 Annexes H-K: the (0008,0005) values, the bytes as printed in the standard and the text.</summary>
public sealed record StandardExample(string Name, string[] Terms, string Vr, string Hex, string Text, bool PaddedWithSpace = false)
{
    public byte[] Bytes => Convert.FromHexString(Hex.Replace(" ", "", StringComparison.Ordinal));

    public DicomVR VR => DicomVR.Parse(Vr);

    /// <summary>The bytes an encoder writes: the standard's examples sometimes show the VR's trailing pad.</summary>
    public byte[] UnpaddedBytes => PaddedWithSpace ? Bytes[..^1] : Bytes;

    public override string ToString() => Name;
}

/// <summary>The byte sequences of PS3.5 Annex H (Japanese), I (Korean), J (UTF-8, GB18030) and K (GB 2312).</summary>
public static class StandardExamples
{
    public static readonly StandardExample H31 = new(
        "H.3.1 Japanese, ISO 2022 IR 87", ["", "ISO 2022 IR 87"], "PN",
        "59 61 6D 61 64 61 5E 54 61 72 6F 75 3D 1B 24 42 3B 33 45 44 1B 28 42 5E 1B 24 42 42 40 4F 3A 1B 28 42 3D " +
        "1B 24 42 24 64 24 5E 24 40 1B 28 42 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 42",
        "Yamada^Tarou=山田^太郎=やまだ^たろう");

    public static readonly StandardExample H32 = new(
        "H.3.2 Japanese, ISO 2022 IR 13 and IR 87", ["ISO 2022 IR 13", "ISO 2022 IR 87"], "PN",
        "D4 CF C0 DE 5E C0 DB B3 3D 1B 24 42 3B 33 45 44 1B 28 4A 5E 1B 24 42 42 40 4F 3A 1B 28 4A 3D " +
        "1B 24 42 24 64 24 5E 24 40 1B 28 4A 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 4A",
        "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");

    public static readonly StandardExample I2 = new(
        "I.2 Korean person name, ISO 2022 IR 149", ["", "ISO 2022 IR 149"], "PN",
        "48 6F 6E 67 5E 47 69 6C 64 6F 6E 67 3D 1B 24 29 43 FB F3 5E 1B 24 29 43 D1 CE D4 D7 3D " +
        "1B 24 29 43 C8 AB 5E 1B 24 29 43 B1 E6 B5 BF",
        "Hong^Gildong=洪^吉洞=홍^길동");

    // Annex I.2 shows this text with ESC $ ) C before the Korean word of each line; the bytes here are written
    // out from that figure (PS3.5 prints no hex listing for it), and pydicom agrees on the decoding.
    public static readonly StandardExample I2Text = new(
        "I.2 Korean long text, ISO 2022 IR 149", ["", "ISO 2022 IR 149"], "LT",
        "54 68 65 20 31 73 74 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 20 1B 24 29 43 B1 E6 B5 BF 2E 0D 0A " +
        "54 68 65 20 32 6E 64 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 20 1B 24 29 43 B1 E6 B5 BF 2C 20 74 6F 6F 2E 0D 0A " +
        "54 68 65 20 33 72 64 20 6C 69 6E 65 2E",
        "The 1st line includes 길동.\r\nThe 2nd line includes 길동, too.\r\nThe 3rd line.");

    public static readonly StandardExample J1 = new(
        "J.1 Chinese, ISO_IR 192 (UTF-8)", ["ISO_IR 192"], "PN",
        "57 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D E7 8E 8B 5E E5 B0 8F E6 9D B1 3D",
        "Wang^XiaoDong=王^小東=");

    public static readonly StandardExample J1Text = new(
        "J.1 Chinese long text, ISO_IR 192 (UTF-8)", ["ISO_IR 192"], "LT",
        "54 68 65 20 66 69 72 73 74 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 E4 B8 AD E6 96 87 2E 0D 0A " +
        "54 68 65 20 73 65 63 6F 6E 64 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 E4 B8 AD E6 96 87 2C 20 74 6F 6F 2E 0D 0A " +
        "54 68 65 20 74 68 69 72 64 20 6C 69 6E 65 2E 0D 0A",
        "The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n");

    public static readonly StandardExample J2 = new(
        "J.2 Chinese, GB18030", ["GB18030"], "PN",
        "57 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D CD F5 5E D0 A1 B6 AB 3D",
        "Wang^XiaoDong=王^小东=");

    public static readonly StandardExample J2Text = new(
        "J.2 Chinese long text, GB18030", ["GB18030"], "LT",
        "54 68 65 20 66 69 72 73 74 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 D6 D0 CE C4 2E 0D 0A " +
        "54 68 65 20 73 65 63 6F 6E 64 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 D6 D0 CE C4 2C 20 74 6F 6F 2E 0D 0A " +
        "54 68 65 20 74 68 69 72 64 20 6C 69 6E 65 2E 0D 0A",
        "The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n");

    public static readonly StandardExample K2 = new(
        "K.2 Chinese, ISO 2022 IR 58", ["", "ISO 2022 IR 58"], "PN",
        "5A 68 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D 1B 24 29 41 D5 C5 5E 1B 24 29 41 D0 A1 B6 AB 3D 20",
        "Zhang^XiaoDong=张^小东=", PaddedWithSpace: true);

    public static readonly StandardExample K3 = new(
        "K.3 Chinese long text, ISO 2022 IR 58", ["", "ISO 2022 IR 58"], "LT",
        "31 2E 1B 24 29 41 B5 DA D2 BB D0 D0 CE C4 D7 D6 A1 A3 0D 0A " +
        "32 2E 1B 24 29 41 B5 DA B6 FE D0 D0 CE C4 D7 D6 A1 A3 0D 0A " +
        "33 2E 1B 24 29 41 B5 DA C8 FD D0 D0 CE C4 D7 D6 A1 A3 0D 0A",
        "1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n");

    public static readonly StandardExample[] All = [H31, H32, I2, I2Text, J1, J1Text, J2, J2Text, K2, K3];

    public static IEnumerable<object[]> Cases()
    {
        foreach (var example in All)
        {
            yield return [example];
        }
    }
}

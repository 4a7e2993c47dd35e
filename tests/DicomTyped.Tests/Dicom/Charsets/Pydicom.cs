using System;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DicomTyped.Tests.Support;

namespace DicomTyped.Tests.Dicom.Charsets;

/// <summary>
/// Runs Debian's pydicom 2.3.1 (python3-pydicom) in a subprocess: one JSON request on stdin, one JSON
/// array of answers on stdout, so a whole test's cases cost one Python start-up.
/// </summary>
internal static class Pydicom
{
    public const string CharsetFiles = "/usr/lib/python3/dist-packages/pydicom/data/charset_files";

    // decode: what pydicom reads from the bytes (PN through PersonName, text VRs through decode_bytes with
    //         the text delimiters); encode: what it writes; codec: a bare Python codec, for whole tables;
    // files: (0008,0005), raw PatientName bytes and str(PatientName) of each charset test file.
    private const string Script = """
        import sys, json, glob, os, warnings
        warnings.simplefilter('ignore')
        import pydicom
        from pydicom.charset import convert_encodings, decode_bytes, encode_string
        from pydicom.valuerep import PersonName, TEXT_VR_DELIMS
        out = []
        for r in json.load(sys.stdin):
            op = r['op']
            if op == 'decode':
                enc = convert_encodings(r['terms'])
                b = bytes.fromhex(r['hex'])
                out.append(str(PersonName(b, enc)) if r['vr'] == 'PN' else decode_bytes(b, enc, TEXT_VR_DELIMS))
            elif op == 'encode':
                enc = convert_encodings(r['terms'])
                b = PersonName(r['text']).encode(enc) if r['vr'] == 'PN' else encode_string(r['text'], enc)
                out.append(b.hex().upper())
            elif op == 'codec':
                out.append(bytes.fromhex(r['hex']).decode(r['codec'], errors='replace'))
            elif op == 'files':
                files = []
                for path in sorted(glob.glob(os.path.join(r['dir'], '*.dcm'))):
                    ds = pydicom.dcmread(path)
                    raw = ds.get_item('PatientName')
                    if raw is None:
                        continue
                    cs = ds.get('SpecificCharacterSet', '')
                    terms = [cs] if isinstance(cs, str) else list(cs)
                    files.append({'name': os.path.basename(path), 'terms': terms, 'hex': raw.value.hex().upper(),
                                  'text': str(ds.PatientName)})
                out.append(files)
        json.dump(out, sys.stdout)
        """;

    /// <summary>Skips (locally) or fails (CI) when Debian's python3 or its pydicom is missing.</summary>
    public static void Require()
    {
        Peers.Require(Peers.DebianPython, "apt-get install python3-pydicom");
        Peers.Require("/usr/lib/python3/dist-packages/pydicom/__init__.py", "apt-get install python3-pydicom");
    }

    public static JsonArray Run(JsonArray requests)
    {
        var start = new ProcessStartInfo(Peers.DebianPython)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.StandardInput.Write(requests.ToJsonString());
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pydicom subprocess failed (exit {process.ExitCode}): {stderr.Result}");
        }
        return JsonNode.Parse(stdout)!.AsArray();
    }

    public static JsonObject Decode(string[] terms, string vr, byte[] bytes) =>
        new() { ["op"] = "decode", ["terms"] = Terms(terms), ["vr"] = vr, ["hex"] = Convert.ToHexString(bytes) };

    public static JsonObject Encode(string[] terms, string vr, string text) =>
        new() { ["op"] = "encode", ["terms"] = Terms(terms), ["vr"] = vr, ["text"] = text };

    public static JsonObject Codec(string codec, byte[] bytes) =>
        new() { ["op"] = "codec", ["codec"] = codec, ["hex"] = Convert.ToHexString(bytes) };

    private static JsonArray Terms(string[] terms)
    {
        var array = new JsonArray();
        foreach (var term in terms)
        {
            array.Add(term);
        }
        return array;
    }
}

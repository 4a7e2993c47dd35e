using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Threading.Tasks;

namespace DicomTyped.Tests.Client;

/// <summary>A recorded raw HTTP/1.1 response (status line, headers, blank line, body), replayed by an HttpListener.</summary>
internal sealed record RawHttpResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public static RawHttpResponse Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = bytes.AsSpan().IndexOf("\n\n"u8);
            separator = 2;
        }
        if (end < 0)
        {
            throw new InvalidDataException($"{path}: no blank line after the headers.");
        }
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split('\n');
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines[1..])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return new RawHttpResponse(status, headers, bytes[(end + separator)..]);
    }

    public async Task WriteAsync(HttpListenerResponse response)
    {
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            switch (name.ToLowerInvariant())
            {
                case "content-type": response.ContentType = value; break;
                case "content-length": break; // set from the body below
                case "connection": response.KeepAlive = !value.Equals("close", StringComparison.OrdinalIgnoreCase); break;
                default: response.AddHeader(name, value); break;
            }
        }
        response.ContentLength64 = Body.Length;
        await response.OutputStream.WriteAsync(Body);
    }
}

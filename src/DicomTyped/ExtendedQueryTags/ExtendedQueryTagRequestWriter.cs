using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DicomTyped.Client;

/// <summary>The JSON request bodies of the extended query tag API, and the checks that keep identifiers out of other paths.</summary>
internal static partial class ExtendedQueryTagRequestWriter
{
    /// <summary><c>[{"path", "vr"?, "privateCreator"?, "level"}, …]</c>.</summary>
    public static HttpContent Tags(IReadOnlyList<ExtendedQueryTagToAdd> tags) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var tag in tags)
        {
            w.WriteStartObject();
            w.WriteString("path", tag.Path);
            if (tag.VR is not null)
            {
                w.WriteString("vr", tag.VR);
            }
            if (tag.PrivateCreator is not null)
            {
                w.WriteString("privateCreator", tag.PrivateCreator);
            }
            w.WriteString("level", tag.Level.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary><c>{"queryStatus": "Enabled" | "Disabled"}</c>.</summary>
    public static HttpContent QueryStatus(ExtendedQueryTagQueryStatus status) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("queryStatus", status.ToString());
        w.WriteEndObject();
    });

    /// <summary>A tag path for a route: a keyword or 8 hex digits, nothing that could change the URL's path.</summary>
    /// <exception cref="ArgumentException">Anything else.</exception>
    public static string CheckTagPath(string tagPath, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(tagPath, parameterName);
        return TagPath().IsMatch(tagPath)
            ? tagPath
            : throw new ArgumentException($"'{DicomWebClient.Printable(tagPath)}' is neither a keyword nor 8 hex digits.", parameterName);
    }

    /// <summary>An operation id for a route: 1 to 64 letters, digits and '-'.</summary>
    /// <exception cref="ArgumentException">Anything else.</exception>
    public static string CheckOperationId(string operationId, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(operationId, parameterName);
        return OperationId().IsMatch(operationId)
            ? operationId
            : throw new ArgumentException($"'{DicomWebClient.Printable(operationId)}' is not an operation id (1 to 64 letters, digits and '-').", parameterName);
    }

    private static ByteArrayContent Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    [GeneratedRegex("^(?:[A-Za-z][A-Za-z0-9]{0,63}|[0-9A-Fa-f]{8})$")]
    private static partial Regex TagPath();

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex OperationId();
}

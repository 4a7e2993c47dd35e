using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using DicomTyped.Query;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// The JSON shapes of Azure's extended query tag API (camel-case): a tag <c>{path, vr, privateCreator?, level, status,
/// queryStatus, errors?: {count, href}, operation?: {id, href}}</c>, an error <c>{studyInstanceUid, seriesInstanceUid,
/// sopInstanceUid, createdTime, errorMessage}</c>, an operation reference <c>{id, href}</c> and an operation
/// <c>{operationId, type, createdTime, lastUpdatedTime, status, percentComplete, resources}</c>.
/// </summary>
internal static class ExtendedQueryTagJson
{
    public static ReadOnlyMemory<byte> Tag(ExtendedQueryTag tag, string serviceBase) => Write(w => WriteTag(w, tag, serviceBase));

    public static ReadOnlyMemory<byte> Tags(IEnumerable<ExtendedQueryTag> tags, string serviceBase) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var tag in tags)
        {
            WriteTag(w, tag, serviceBase);
        }
        w.WriteEndArray();
    });

    public static ReadOnlyMemory<byte> Errors(IEnumerable<ExtendedQueryTagError> errors) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var error in errors)
        {
            w.WriteStartObject();
            w.WriteString("studyInstanceUid", error.StudyInstanceUid);
            w.WriteString("seriesInstanceUid", error.SeriesInstanceUid);
            w.WriteString("sopInstanceUid", error.SopInstanceUid);
            w.WriteString("createdTime", error.CreatedTime);
            w.WriteString("errorMessage", error.ErrorMessage);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    public static ReadOnlyMemory<byte> OperationReference(string operationId, string serviceBase) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", operationId);
        w.WriteString("href", $"{serviceBase}/operations/{operationId}");
        w.WriteEndObject();
    });

    public static ReadOnlyMemory<byte> Operation(OperationRow operation, string serviceBase) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("operationId", operation.Id);
        w.WriteString("type", "reindex");
        w.WriteString("createdTime", operation.Created);
        w.WriteString("lastUpdatedTime", operation.LastUpdated);
        w.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(operation.Status.ToString()));
        w.WriteNumber("percentComplete", operation.PercentComplete);
        w.WriteStartArray("resources");
        foreach (var path in operation.TagPaths)
        {
            w.WriteStringValue($"{serviceBase}/extendedquerytags/{path}");
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteTag(Utf8JsonWriter w, ExtendedQueryTag tag, string serviceBase)
    {
        w.WriteStartObject();
        w.WriteString("path", tag.Path);
        w.WriteString("vr", tag.VR);
        if (tag.PrivateCreator is not null)
        {
            w.WriteString("privateCreator", tag.PrivateCreator);
        }
        w.WriteString("level", tag.Level switch { QidoLevel.Study => "Study", QidoLevel.Series => "Series", _ => "Instance" });
        w.WriteString("status", tag.Status.ToString());
        w.WriteString("queryStatus", tag.QueryEnabled ? "Enabled" : "Disabled");
        if (tag.ErrorCount > 0)
        {
            w.WriteStartObject("errors");
            w.WriteNumber("count", tag.ErrorCount);
            w.WriteString("href", $"{serviceBase}/extendedquerytags/{tag.Path}/errors");
            w.WriteEndObject();
        }
        if (tag.OperationId is not null)
        {
            w.WriteStartObject("operation");
            w.WriteString("id", tag.OperationId);
            w.WriteString("href", $"{serviceBase}/operations/{tag.OperationId}");
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return buffer.WrittenMemory;
    }
}

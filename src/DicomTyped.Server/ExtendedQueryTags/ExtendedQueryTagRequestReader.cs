using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DicomTyped.Dicom;
using DicomTyped.Query;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Search;

namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// Reads and checks the body of <c>POST …/extendedquerytags</c>: a JSON array of <c>{path, vr?, privateCreator?, level}</c>
/// (property names case-insensitive, as on Azure). Every problem is a 400 naming the tag and what was wrong.
/// </summary>
internal static class ExtendedQueryTagRequestReader
{
    /// <summary>The largest body accepted (413 above): far more than any useful list of tags.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The most tags one request may add (Azure's validator refuses 129).</summary>
    public const int MaxTagsPerRequest = 128;

    /// <exception cref="DicomWebRequestException">400: not a JSON array of tag objects, or a tag that cannot be added.</exception>
    public static IReadOnlyList<NewExtendedQueryTag> Read(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            throw DicomWebRequestException.BadRequest($"The body is not JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() == 0)
            {
                throw DicomWebRequestException.BadRequest("The body must be a non-empty JSON array of extended query tags ({\"path\", \"vr\", \"privateCreator\", \"level\"}).");
            }
            if (document.RootElement.GetArrayLength() > MaxTagsPerRequest)
            {
                throw DicomWebRequestException.BadRequest($"At most {MaxTagsPerRequest} extended query tags can be added in one request: {document.RootElement.GetArrayLength()} were given.");
            }
            var tags = new List<NewExtendedQueryTag>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var tag = ReadOne(item);
                if (tags.Any(t => t.Tag == tag.Tag))
                {
                    throw DicomWebRequestException.BadRequest($"The extended query tag {new DicomTag(tag.Tag).ToHexString()} is given twice.");
                }
                tags.Add(tag);
            }
            return tags;
        }
    }

    /// <summary>A route's <c>{tagPath}</c>: a keyword (case-sensitive) or 8 hex digits.</summary>
    /// <exception cref="DicomWebRequestException">400: neither.</exception>
    public static uint ParsePath(string path)
    {
        if (path.Length == 8 && DicomTag.TryParse(path, out var hex))
        {
            return hex.Value;
        }
        if (!path.Contains('.') && DicomDictionary.TryGetTag(path, out var keyword))
        {
            return keyword.Value;
        }
        throw DicomWebRequestException.BadRequest($"The tag path '{Shorten(path)}' is neither a keyword nor 8 hex digits (sequences are not supported).");
    }

    private static NewExtendedQueryTag ReadOne(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw DicomWebRequestException.BadRequest("Each extended query tag must be a JSON object.");
        }
        string? path = null, vr = null, creator = null, level = null;
        foreach (var property in item.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                _ => throw DicomWebRequestException.BadRequest($"'{Shorten(property.Name)}' must be a string."),
            };
            switch (property.Name.ToUpperInvariant())
            {
                case "PATH": path = text; break;
                case "VR": vr = text; break;
                case "PRIVATECREATOR": creator = text; break;
                case "LEVEL": level = text; break;
                default: throw DicomWebRequestException.BadRequest($"Unknown property '{Shorten(property.Name)}' (expected path, vr, privateCreator, level).");
            }
        }
        if (string.IsNullOrWhiteSpace(path))
        {
            throw DicomWebRequestException.BadRequest("An extended query tag has no path.");
        }
        var tag = new DicomTag(ParsePath(path.Trim()));
        var name = tag.ToHexString();
        var parsedLevel = level?.Trim().ToUpperInvariant() switch
        {
            "STUDY" => QidoLevel.Study,
            "SERIES" => QidoLevel.Series,
            "INSTANCE" => QidoLevel.Instance,
            null or "" => throw DicomWebRequestException.BadRequest($"The extended query tag {name} has no level (Study, Series or Instance)."),
            _ => throw DicomWebRequestException.BadRequest($"The extended query tag {name} has level '{Shorten(level)}'; expected Study, Series or Instance."),
        };
        vr = string.IsNullOrWhiteSpace(vr) ? null : vr.Trim().ToUpperInvariant();
        creator = string.IsNullOrWhiteSpace(creator) ? null : creator.Trim();
        return tag.IsPrivate ? Private(tag, name, vr, creator, parsedLevel) : Public(tag, name, vr, creator, parsedLevel);
    }

    private static NewExtendedQueryTag Private(DicomTag tag, string name, string? vr, string? creator, QidoLevel level)
    {
        if (tag.IsPrivateCreator || tag.Element < 0x1000)
        {
            throw DicomWebRequestException.BadRequest($"{name} is a private creator element, not a private attribute.");
        }
        if (vr is null)
        {
            throw DicomWebRequestException.BadRequest($"The private tag {name} needs a vr.");
        }
        if (creator is null)
        {
            throw DicomWebRequestException.BadRequest($"The private tag {name} needs a privateCreator.");
        }
        if (creator.Length > 64 || creator.Contains('\\'))
        {
            throw DicomWebRequestException.BadRequest($"The privateCreator of {name} is not a LO value (at most 64 characters, no backslash).");
        }
        return new NewExtendedQueryTag(tag.Value, Supported(name, vr), creator, level);
    }

    private static NewExtendedQueryTag Public(DicomTag tag, string name, string? vr, string? creator, QidoLevel level)
    {
        if (creator is not null)
        {
            throw DicomWebRequestException.BadRequest($"{name} is a public tag: privateCreator is only for private tags.");
        }
        if (!DicomDictionary.TryGetEntry(tag, out var entry) || tag.Group is 0x0000 or 0x0002 || tag.Element == 0x0000)
        {
            throw DicomWebRequestException.BadRequest($"{name} is not an attribute of the data dictionary that a data set can hold.");
        }
        if (ServerProfile.ByTag.TryGetValue(tag.Value, out var rule) && rule.SearchableOn != QidoRoutes.None)
        {
            throw DicomWebRequestException.BadRequest($"{entry.Keyword} {name} is already searchable by default.");
        }
        var allowed = entry.VRText.Split('|', StringSplitOptions.TrimEntries);
        if (vr is null)
        {
            if (allowed.Length > 1)
            {
                throw DicomWebRequestException.BadRequest($"{entry.Keyword} {name} has VR {entry.VRText} in the dictionary: give its vr.");
            }
            vr = allowed[0];
        }
        else if (!allowed.Contains(vr, StringComparer.Ordinal))
        {
            throw DicomWebRequestException.BadRequest($"{entry.Keyword} {name} has VR {entry.VRText} in the dictionary, not {vr}.");
        }
        return new NewExtendedQueryTag(tag.Value, Supported($"{entry.Keyword} {name}", vr), null, level);
    }

    private static string Supported(string name, string vr) =>
        ExtendedQueryTagValues.SupportedVRs.Contains(vr)
            ? vr
            : throw DicomWebRequestException.BadRequest(
                $"VR {Shorten(vr)} of {name} is not supported for extended query tags; supported: {string.Join(", ", ExtendedQueryTagValues.SupportedVRs.Order(StringComparer.Ordinal))}.");

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

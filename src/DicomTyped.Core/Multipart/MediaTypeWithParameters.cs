using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace DicomTyped.Multipart;

/// <summary>
/// A media type with its parameters as they appear in Content-Type and Accept headers (RFC 9110 8.3.1),
/// e.g. <c>multipart/related; type="application/dicom"; transfer-syntax=*</c>. Parameter values may be
/// tokens or quoted strings with backslash escapes; a quoted value may itself hold a media type with
/// parameters (Orthanc sends <c>type="application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1"</c>).
/// Type, subtype and parameter names compare without regard to case; values keep their case.
/// </summary>
public sealed class MediaTypeWithParameters
{
    private readonly KeyValuePair<string, string>[] _parameters;

    /// <summary>Creates a media type such as <c>application/dicom</c> with optional parameters.</summary>
    /// <exception cref="ArgumentException">The media type is not <c>type/subtype</c> made of token characters.</exception>
    public MediaTypeWithParameters(string mediaType, IEnumerable<KeyValuePair<string, string>>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        var slash = mediaType.IndexOf('/');
        if (slash <= 0 || slash == mediaType.Length - 1 || !HttpSyntax.IsToken(mediaType.AsSpan(0, slash)) || !HttpSyntax.IsToken(mediaType.AsSpan(slash + 1)))
        {
            throw new ArgumentException($"'{mediaType}' is not a media type of the form type/subtype.", nameof(mediaType));
        }
        MediaType = mediaType;
        var list = new List<KeyValuePair<string, string>>();
        foreach (var parameter in parameters ?? [])
        {
            if (!HttpSyntax.IsToken(parameter.Key))
            {
                throw new ArgumentException($"'{parameter.Key}' is not a valid parameter name.", nameof(parameters));
            }
            ArgumentNullException.ThrowIfNull(parameter.Value, nameof(parameters));
            list.Add(parameter);
        }
        _parameters = list.ToArray();
    }

    /// <summary>The media type without parameters, e.g. <c>multipart/related</c>, as written.</summary>
    public string MediaType { get; }

    /// <summary>The top-level type, e.g. <c>multipart</c>.</summary>
    public string Type => MediaType[..MediaType.IndexOf('/')];

    /// <summary>The subtype, e.g. <c>related</c>.</summary>
    public string Subtype => MediaType[(MediaType.IndexOf('/') + 1)..];

    /// <summary>The parameters in the order written, values unquoted and unescaped.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>The value of the first parameter named <paramref name="name"/> (any case), or null.</summary>
    public string? GetParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var parameter in _parameters)
        {
            if (string.Equals(parameter.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return parameter.Value;
            }
        }
        return null;
    }

    /// <summary>Whether this is <paramref name="mediaType"/> (e.g. <c>multipart/related</c>), ignoring case and parameters.</summary>
    public bool IsMediaType(string mediaType) => string.Equals(MediaType, mediaType, StringComparison.OrdinalIgnoreCase);

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/>, replacing any value it had.</summary>
    public MediaTypeWithParameters WithParameter(string name, string value)
    {
        var list = new List<KeyValuePair<string, string>>(_parameters.Length + 1);
        var replaced = false;
        foreach (var parameter in _parameters)
        {
            if (!string.Equals(parameter.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                list.Add(parameter);
            }
            else if (!replaced)
            {
                list.Add(new(name, value));
                replaced = true;
            }
        }
        if (!replaced)
        {
            list.Add(new(name, value));
        }
        return new MediaTypeWithParameters(MediaType, list);
    }

    /// <summary>Parses one media type with parameters, e.g. a Content-Type header value.</summary>
    /// <exception cref="FormatException">The text is not a media type with parameters; the message says where.</exception>
    public static MediaTypeWithParameters Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        if (!MediaTypeParser.TryParse(text, ref position, stopAtComma: false, out var result, out var error))
        {
            throw new FormatException($"'{text}' is not a media type: {error}");
        }
        return result;
    }

    /// <summary>Parses one media type with parameters; false when the text is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out MediaTypeWithParameters? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }
        var position = 0;
        return MediaTypeParser.TryParse(text, ref position, stopAtComma: false, out result, out _);
    }

    /// <summary>
    /// Parses a comma-separated list such as an Accept header value. Commas inside quoted parameter values
    /// do not split; empty list elements are skipped.
    /// </summary>
    /// <exception cref="FormatException">An element is not a media type with parameters.</exception>
    public static IReadOnlyList<MediaTypeWithParameters> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<MediaTypeWithParameters>();
        var position = 0;
        while (position < text.Length)
        {
            HttpSyntax.SkipWhitespace(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }
            if (position == text.Length)
            {
                break;
            }
            if (!MediaTypeParser.TryParse(text, ref position, stopAtComma: true, out var item, out var error))
            {
                throw new FormatException($"'{text}' is not a list of media types: {error}");
            }
            results.Add(item);
        }
        return results;
    }

    /// <summary>
    /// The header form: <c>type/subtype; name=value</c>, quoting (and escaping) values that are not tokens,
    /// so that <see cref="Parse"/> reads back the same parameters.
    /// </summary>
    public override string ToString()
    {
        var builder = new StringBuilder(MediaType);
        foreach (var parameter in _parameters)
        {
            builder.Append("; ").Append(parameter.Key).Append('=');
            HttpSyntax.AppendTokenOrQuotedString(builder, parameter.Value);
        }
        return builder.ToString();
    }
}

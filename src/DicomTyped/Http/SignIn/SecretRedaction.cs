using System;
using System.Collections.Generic;
using System.Net.Http;

namespace DicomTyped.Http;

/// <summary>
/// Takes the request's credential out of server text before it is quoted (error bodies, reason phrases, request-id
/// headers): a server or proxy that echoes the Authorization header must not put the token into a message, a
/// <c>ToString()</c> or a log line.
/// </summary>
internal static class SecretRedaction
{
    public const string Marker = "[redacted]";

    // A cut-off tail shorter than this cannot be told from ordinary text and tells an attacker nothing useful.
    private const int MinimumTailLength = 4;

    /// <summary>The secret the request carried: the Authorization header's credential (the token of <c>Bearer token</c>).</summary>
    public static IReadOnlyList<string> SecretsOf(HttpRequestMessage? request)
    {
        if (request?.Headers.Authorization is not { } authorization)
        {
            return [];
        }
        var secrets = new List<string>(2);
        if (!string.IsNullOrEmpty(authorization.Parameter))
        {
            secrets.Add(authorization.Parameter);
        }
        return secrets;
    }

    /// <summary>
    /// <paramref name="text"/> with every occurrence of each secret replaced by <see cref="Marker"/>. When
    /// <paramref name="cutOff"/> (the text was truncated, perhaps inside a secret), a tail that is the start of a secret
    /// is replaced too, before a closing ellipsis if the text has one.
    /// </summary>
    public static string? Redact(string? text, IReadOnlyList<string> secrets, bool cutOff = false)
    {
        if (string.IsNullOrEmpty(text) || secrets.Count == 0)
        {
            return text;
        }
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Marker, StringComparison.Ordinal);
            if (cutOff)
            {
                text = RedactTail(text, secret);
            }
        }
        return text;
    }

    private static string RedactTail(string text, string secret)
    {
        var end = text.EndsWith('…') ? text.Length - 1 : text.Length;
        for (var length = Math.Min(secret.Length - 1, end); length >= MinimumTailLength; length--)
        {
            if (text.AsSpan(end - length, length).SequenceEqual(secret.AsSpan(0, length)))
            {
                return string.Concat(text.AsSpan(0, end - length), Marker, text.AsSpan(end));
            }
        }
        return text;
    }
}

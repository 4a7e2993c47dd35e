using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Query;

/// <summary>
/// The state behind a generated QIDO-RS query builder: matches in the order they were set, then
/// includefield, fuzzymatching, limit and offset. Generated builders derive from it and only expose what
/// their profile allows on their route; the values they pass in are already checked and formatted.
/// </summary>
/// <typeparam name="TMatch">The record each match of the response is read into.</typeparam>
public abstract class QidoQuery<TMatch>
    where TMatch : IDicomJsonReadable<TMatch>
{
    private readonly string _path;
    private readonly bool _serverDecodesValues;
    private readonly List<KeyValuePair<string, string>> _matches = [];
    private readonly Dictionary<string, QidoClientFilter> _clientFilters = [];
    private readonly List<string> _includeFields = [];
    private bool _includeAll;
    private bool _fuzzyMatching;
    private int? _limit;
    private int? _offset;

    /// <summary>Starts a query on a route relative to the service root (<c>studies</c>, <c>studies/{uid}/series</c>…).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected QidoQuery(string path)
        : this(path, serverDecodesValues: true)
    {
    }

    /// <summary>Starts a query on a route, for a server that does or does not percent-decode query values (the profile's <c>percentdecoding</c>).</summary>
    /// <param name="path">The route relative to the service root.</param>
    /// <param name="serverDecodesValues">
    /// False for a server that matches the query's bytes as sent (Orthanc 1.10): a text value with characters that must be
    /// percent-encoded is then sent with <c>*</c> in their place and filtered on the client (see <see cref="SetTextMatch"/>).
    /// </param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected QidoQuery(string path, bool serverDecodesValues)
    {
        _path = path;
        _serverDecodesValues = serverDecodesValues;
    }

    /// <summary>Sets the match value of an attribute; setting it again replaces the value but keeps its place in the query.</summary>
    /// <param name="key">The attribute id: its keyword, or 8 hex digits for attributes the server cannot know by keyword.</param>
    /// <param name="value">The value in DICOM text form, not yet percent-encoded.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void SetMatch(string key, string value)
    {
        _clientFilters.Remove(key);
        for (var i = 0; i < _matches.Count; i++)
        {
            if (_matches[i].Key == key)
            {
                _matches[i] = new(key, value);
                return;
            }
        }
        _matches.Add(new(key, value));
    }

    /// <summary>
    /// Sets the match value of a free-text attribute (PN, LO, SH, CS…). For a server that percent-decodes, this is
    /// <see cref="SetMatch"/>. For one that does not, a value with characters that must be percent-encoded (space,
    /// <c>&amp; = + # %</c>, non-ASCII…) would match nothing, and so would one with a comma, which Orthanc splits into a
    /// list of values; so it is sent with one <c>*</c> in place of each run of them
    /// (a wider match the server does understand) and the answer is filtered on the client by the value as written
    /// (<see cref="QidoRequest.ClientFilters"/>). Where that cannot be done, the call throws instead of letting a search
    /// return nothing for a value that is stored.
    /// </summary>
    /// <param name="key">The attribute id sent as the query key.</param>
    /// <param name="tag">The attribute's tag, to find it in the answer.</param>
    /// <param name="kind">How the value is matched.</param>
    /// <param name="value">The checked value in DICOM text form, not yet percent-encoded.</param>
    /// <param name="serverWildcards">True when the server does wild card matching on this attribute.</param>
    /// <exception cref="ArgumentException">
    /// The server does not percent-decode and the value needs percent-encoding, and the attribute has no wild card
    /// matching there, or the match is fuzzy (whose server-side rules the client cannot repeat).
    /// </exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void SetTextMatch(string key, uint tag, QidoTextMatch kind, string value, bool serverWildcards)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_serverDecodesValues || !QidoEncoding.NeedsWildcardForm(value))
        {
            SetMatch(key, value);
            return;
        }
        if (kind == QidoTextMatch.Fuzzy || !serverWildcards)
        {
            throw new ArgumentException(
                $"{key}: '{value}' has characters that must be percent-encoded in a URL (space, & = + # %, non-ASCII, …) or a comma, and this " +
                "server does not percent-decode query values (and reads a comma as a list), so it would match nothing; it has no wild card matching " +
                (kind == QidoTextMatch.Fuzzy ? "the client can combine with fuzzy matching" : "on this attribute to send a wider form instead") +
                ". Search by another attribute.", key);
        }
        SetMatch(key, QidoEncoding.WithWildcardsForEncoded(value));
        _clientFilters[key] = new QidoClientFilter(tag, value, isPattern: kind == QidoTextMatch.Wildcard);
    }

    /// <summary>Asks for fuzzy person-name matching (<c>fuzzymatching=true</c>), which applies to every PN match of the query.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void EnableFuzzyMatching() => _fuzzyMatching = true;

    /// <summary>Adds an attribute to return (<c>includefield</c>); adding one twice sends it once.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void AddIncludeField(string key)
    {
        if (!_includeFields.Contains(key))
        {
            _includeFields.Add(key);
        }
    }

    /// <summary>Asks for every attribute the server can return (<c>includefield=all</c>).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void IncludeAll() => _includeAll = true;

    /// <summary>Sets <c>limit</c> after checking it against the server's bounds.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is outside <paramref name="min"/>..<paramref name="max"/>.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void SetLimit(int limit, int min, int max)
    {
        if (limit < min || limit > max)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"limit must be within {min}..{max} for this server.");
        }
        _limit = limit;
    }

    /// <summary>Sets <c>offset</c>, the number of matches to skip.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void SetOffset(int offset)
    {
        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "offset cannot be negative.");
        }
        _offset = offset;
    }

    /// <summary>The request: path and encoded query string.</summary>
    public QidoRequest Build()
    {
        var query = new StringBuilder();
        foreach (var (key, value) in _matches)
        {
            Append(query, key, QidoEncoding.EncodeValue(value));
        }
        if (_includeAll)
        {
            Append(query, "includefield", "all");
        }
        else
        {
            foreach (var key in _includeFields)
            {
                Append(query, "includefield", key);
            }
        }
        if (_fuzzyMatching)
        {
            Append(query, "fuzzymatching", "true");
        }
        if (_limit is { } limit)
        {
            Append(query, "limit", limit.ToString(CultureInfo.InvariantCulture));
        }
        if (_offset is { } offset)
        {
            Append(query, "offset", offset.ToString(CultureInfo.InvariantCulture));
        }
        return new QidoRequest(_path, query.ToString(), [.. _clientFilters.Values]);
    }

    /// <summary>The absolute request URI under the service root; see <see cref="QidoRequest.ToUri"/>.</summary>
    public Uri ToUri(Uri baseAddress) => Build().ToUri(baseAddress);

    /// <summary>
    /// Reads the response body (a DICOM JSON array; empty for 204) into match records, keeping only those that pass the
    /// query's client-side filters (<see cref="QidoRequest.ClientFilters"/>; none unless the server does not percent-decode).
    /// </summary>
    /// <exception cref="DicomJsonException">The body is not DICOM JSON or a value is malformed.</exception>
    public IReadOnlyList<TMatch> ReadResponse(ReadOnlySpan<byte> utf8Json)
    {
        var items = DicomJsonValueReader.ReadArray<TMatch>(utf8Json);
        if (_clientFilters.Count == 0)
        {
            return items;
        }
        try
        {
            return QidoClientFilter.Apply(items, utf8Json.ToArray(), [.. _clientFilters.Values]);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new DicomJsonException(null, "the QIDO-RS answer is not JSON: " + e.Message, e);
        }
    }

    /// <summary>The path and query, e.g. <c>studies?PatientName=DOE^JOHN</c>.</summary>
    public override string ToString() => Build().PathAndQuery;

    private static void Append(StringBuilder query, string key, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }
        query.Append(key).Append('=').Append(value);
    }
}

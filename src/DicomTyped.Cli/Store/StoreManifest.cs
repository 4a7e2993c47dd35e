using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Store;

/// <summary>
/// The record of what a store run got onto the server, one JSON object per line
/// (<c>{"path":"/abs/a.dcm","length":123,"sopInstanceUid":"1.2…","outcome":"stored"}</c>), so <c>--resume</c> can
/// skip those files next time. Append-only: each request's lines are written in one piece and flushed to disk before
/// the run goes on, so a crash loses nothing already recorded; a torn last line (a crash mid-write) is ignored on
/// reading and cut off by a line break before anything more is appended. A file is skipped only when both its path
/// and its length match the record: a file that changed is stored again.
/// </summary>
internal sealed class StoreManifest : IAsyncDisposable
{
    private readonly HashSet<(string Path, long Length)> _recorded;
    private readonly FileStream _stream;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private StoreManifest(HashSet<(string, long)> recorded, FileStream stream)
    {
        _recorded = recorded;
        _stream = stream;
    }

    /// <summary>How many files the manifest recorded when opened.</summary>
    public int RecordedCount => _recorded.Count;

    /// <summary>Reads the manifest at <paramref name="path"/> (created when missing) and opens it for appending.</summary>
    /// <exception cref="IOException">The manifest cannot be read or written.</exception>
    public static async Task<StoreManifest> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var recorded = new HashSet<(string, long)>();
        var endsWithNewLine = true;
        if (File.Exists(full))
        {
            var text = await File.ReadAllTextAsync(full, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            endsWithNewLine = text.Length == 0 || text[^1] == '\n';
            foreach (var line in text.Split('\n'))
            {
                if (Parse(line) is { } entry)
                {
                    recorded.Add(entry);
                }
            }
        }
        var stream = new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);
        var manifest = new StoreManifest(recorded, stream);
        if (!endsWithNewLine)
        {
            await manifest.AppendAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
        return manifest;
    }

    /// <summary>True when an earlier run recorded this file (same path and length) as on the server.</summary>
    public bool Records(StoreFile file) => _recorded.Contains((file.Path, file.Length));

    /// <summary>Appends the outcomes that left the instance on the server, flushed to disk before returning.</summary>
    public async Task RecordAsync(IEnumerable<StoreOutcome> outcomes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        foreach (var outcome in outcomes)
        {
            if (!outcome.IsOnServer)
            {
                continue;
            }
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("path", outcome.File.Path);
                writer.WriteNumber("length", outcome.File.Length);
                writer.WriteString("sopInstanceUid", outcome.SopInstanceUid);
                writer.WriteString("outcome", outcome.Kind == StoreOutcomeKind.AlreadyPresent ? "already-present" : "stored");
                writer.WriteEndObject();
            }
            buffer.WriteByte((byte)'\n');
        }
        if (buffer.Length > 0)
        {
            await AppendAsync(buffer.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private async Task AppendAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Not cancellable once started: a half-written line is what the reader has to guard against, not cause.
            await _stream.WriteAsync(bytes, CancellationToken.None).ConfigureAwait(false);
            _stream.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static (string, long)? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String
                && root.TryGetProperty("length", out var length) && length.TryGetInt64(out var bytes)
                ? (path.GetString()!, bytes)
                : null;
        }
        catch (JsonException)
        {
            return null; // a torn last line, or not a line this program wrote
        }
    }
}

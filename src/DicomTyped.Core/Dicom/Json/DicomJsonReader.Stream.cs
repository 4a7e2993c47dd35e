using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace DicomTyped.Dicom.Json;

// The array of data sets read from a stream one data set at a time.
public static partial class DicomJsonReader
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>
    /// Reads a DICOM JSON array of data sets from <paramref name="stream"/>, yielding each data set as soon as its
    /// object has arrived: only the data set being read is buffered, never the whole array. An empty stream gives none.
    /// </summary>
    /// <exception cref="DicomJsonException">The JSON is malformed, ends early, or a value does not fit its VR.</exception>
    public static async IAsyncEnumerable<DicomDataset> ReadDatasetsAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[InitialBufferSize];
        int start = 0, end = 0;
        long origin = 0;
        var state = new StreamState();
        while (true)
        {
            var step = Step(buffer.AsSpan(start, end - start), origin + start, state, out var dataset, out var consumed);
            start += consumed;
            if (dataset is not null)
            {
                yield return dataset;
                continue;
            }
            if (step == StepResult.Done)
            {
                yield break;
            }
            if (state.EndOfStream)
            {
                throw new DicomJsonException(null, $"the JSON ends inside the array (at byte {origin + end})");
            }
            // Keep only the unread bytes; grow when one data set fills the whole buffer.
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                origin += start;
                end -= start;
                start = 0;
            }
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            state.EndOfStream = read == 0;
            end += read;
        }
    }

    private enum StepResult
    {
        NeedMore,
        Item,
        Done,
    }

    /// <summary>Where the reading of the array stands between two buffers.</summary>
    private sealed class StreamState
    {
        public JsonReaderState Reader { get; set; } = new(s_readerOptions);

        public bool InArray { get; set; }

        public bool EndOfStream { get; set; }
    }

    // Synchronous because Utf8JsonReader cannot live across an await: reads as far as the buffered bytes allow.
    private static StepResult Step(ReadOnlySpan<byte> data, long offset, StreamState state, out DicomDataset? dataset, out int consumed)
    {
        dataset = null;
        consumed = 0;
        // An empty body (HTTP 204) is no data sets, though it is not JSON.
        if (!state.InArray && state.EndOfStream && data.Trim(" \t\r\n"u8).IsEmpty)
        {
            return StepResult.Done;
        }
        var reader = new Utf8JsonReader(data, state.EndOfStream, state.Reader);
        try
        {
            if (!state.InArray)
            {
                if (!reader.Read())
                {
                    return state.EndOfStream ? StepResult.Done : StepResult.NeedMore;
                }
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new DicomJsonException(null, $"expected an array of data sets, found {reader.TokenType} (at byte {offset + reader.TokenStartIndex})");
                }
                state.InArray = true;
                state.Reader = reader.CurrentState;
                consumed = (int)reader.BytesConsumed;
            }
            if (!reader.Read())
            {
                return StepResult.NeedMore;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return StepResult.Done;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new DicomJsonException(null, $"expected a data set object, found {reader.TokenType} (at byte {offset + reader.TokenStartIndex})");
            }
            var objectStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                return StepResult.NeedMore;
            }
            var objectEnd = (int)reader.BytesConsumed;
            var item = new Utf8JsonReader(data[objectStart..objectEnd], s_readerOptions);
            dataset = ReadDataset(ref item, offset + objectStart);
            state.Reader = reader.CurrentState;
            consumed = objectEnd;
            return StepResult.Item;
        }
        catch (JsonException ex)
        {
            throw new DicomJsonException(null, ex.Message, ex);
        }
    }
}

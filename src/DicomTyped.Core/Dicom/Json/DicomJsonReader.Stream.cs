using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace DicomTyped.Dicom.Json;

// The body of data sets read from a stream one data set at a time.
public static partial class DicomJsonReader
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>
    /// Reads a DICOM JSON body from <paramref name="stream"/>, yielding each data set as soon as its object has arrived:
    /// only the data set being read is buffered, never the whole body. The body is read as
    /// <see cref="DicomJsonRules"/> state: an array of data sets, a single data set, or nothing (HTTP 204).
    /// </summary>
    /// <remarks>
    /// Cost is linear in the body's length however the stream splits it: the end of the current data set is searched
    /// from where the previous read stopped, never from the data set's start, and each data set is then parsed once.
    /// </remarks>
    /// <exception cref="DicomJsonException">The JSON is malformed, ends early, or a value does not fit its VR.</exception>
    public static IAsyncEnumerable<DicomDataset> ReadDatasetsAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ReadDatasetsAsync(stream, null, cancellationToken);

    internal static async IAsyncEnumerable<DicomDataset> ReadDatasetsAsync(
        Stream stream, DicomJsonStreamStatistics? statistics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[InitialBufferSize];
        int start = 0, end = 0;
        long origin = 0;
        var state = new StreamState(statistics ?? new DicomJsonStreamStatistics());
        while (true)
        {
            var step = Step(buffer.AsSpan(start, end - start), origin + start, state, out var dataset, out var consumed, out var unscanned);
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
                throw new DicomJsonException(null, $"the JSON ends inside the body (at byte {origin + end})");
            }
            // The tokenizer stopped before a token it could not finish (a long string, say) and will read that tail
            // again: wait until as many new bytes as the tail have arrived, so that a token split over many reads is
            // rescanned a doubling number of bytes at a time, never once per read.
            var arrived = 0;
            do
            {
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
                arrived += read;
            }
            while (!state.EndOfStream && arrived < unscanned);
        }
    }

    private enum StepResult
    {
        NeedMore,
        Item,
        Done,
    }

    /// <summary>Where the reading of the body stands between two buffers.</summary>
    private sealed class StreamState(DicomJsonStreamStatistics statistics)
    {
        public DicomJsonStreamStatistics Statistics { get; } = statistics;

        // Between data sets: the tokenizer after the last complete one (or after "[").
        public JsonReaderState Between { get; set; } = new(s_readerOptions);

        public bool Started { get; set; }

        // A body that is one data set, not an array: it ends after that data set.
        public bool Single { get; set; }

        public bool Finished { get; set; }

        // Inside a data set whose end has not arrived: the tokenizer where the search stopped, how many bytes of the
        // data set (from its "{", which the buffer now starts with) it has passed, and the depth of that "{".
        public bool InObject { get; set; }

        public JsonReaderState Scan { get; set; }

        public int Scanned { get; set; }

        public int ObjectDepth { get; set; }

        public bool EndOfStream { get; set; }
    }

    // Synchronous because Utf8JsonReader cannot live across an await: reads as far as the buffered bytes allow.
    private static StepResult Step(ReadOnlySpan<byte> data, long offset, StreamState state, out DicomDataset? dataset, out int consumed, out int unscanned)
    {
        dataset = null;
        consumed = 0;
        unscanned = 0;
        try
        {
            if (!state.InObject)
            {
                var outcome = FindObjectStart(data, offset, state, ref consumed);
                if (outcome != StepResult.Item)
                {
                    unscanned = data.Length - consumed;
                    return outcome;
                }
            }
            // Search on for the data set's end from where the previous buffer's search stopped.
            var scan = new Utf8JsonReader(data[(consumed + state.Scanned)..], state.EndOfStream, state.Scan);
            var complete = false;
            while (scan.Read())
            {
                if (scan.TokenType == JsonTokenType.EndObject && scan.CurrentDepth == state.ObjectDepth)
                {
                    complete = true;
                    break;
                }
            }
            state.Statistics.BytesTokenized += scan.BytesConsumed;
            state.Scanned += (int)scan.BytesConsumed;
            state.Scan = scan.CurrentState;
            if (!complete)
            {
                unscanned = data.Length - consumed - state.Scanned;
                return StepResult.NeedMore;
            }
            var objectEnd = consumed + state.Scanned;
            var item = new Utf8JsonReader(data[consumed..objectEnd], s_readerOptions);
            state.Statistics.BytesTokenized += objectEnd - consumed;
            dataset = ReadDataset(ref item, offset + consumed);
            state.Between = scan.CurrentState;
            state.InObject = false;
            state.Finished = state.Single;
            consumed = objectEnd;
            return StepResult.Item;
        }
        catch (JsonException ex)
        {
            throw new DicomJsonException(null, ex.Message, ex);
        }
    }

    // Between data sets: reads up to the next data set's "{" (moving consumed onto it), or to the body's end.
    private static StepResult FindObjectStart(ReadOnlySpan<byte> data, long offset, StreamState state, ref int consumed)
    {
        // An empty body (HTTP 204) is no data sets, though it is not JSON.
        if (!state.Started && state.EndOfStream && DicomJsonRules.IsEmptyBody(data))
        {
            return StepResult.Done;
        }
        var reader = new Utf8JsonReader(data, state.EndOfStream, state.Between);
        if (!reader.Read())
        {
            state.Statistics.BytesTokenized += reader.BytesConsumed;
            state.Between = reader.CurrentState;
            consumed = (int)reader.BytesConsumed;
            return state.EndOfStream && (state.Finished || !state.Started) ? StepResult.Done : StepResult.NeedMore;
        }
        state.Statistics.BytesTokenized += reader.BytesConsumed;
        if (!state.Started)
        {
            state.Started = true;
            state.Single = DicomJsonRules.ClassifyBody(reader.TokenType, offset + reader.TokenStartIndex) == DicomJsonRules.BodyShape.SingleDataSet;
            if (!state.Single && !reader.Read())
            {
                state.Between = reader.CurrentState;
                consumed = (int)reader.BytesConsumed;
                return StepResult.NeedMore;
            }
        }
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return StepResult.Done;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DicomJsonException(null, $"expected a data set object, found {reader.TokenType} (at byte {offset + reader.TokenStartIndex})");
        }
        consumed = (int)reader.TokenStartIndex;
        state.InObject = true;
        state.ObjectDepth = reader.CurrentDepth;
        state.Scan = reader.CurrentState;
        state.Scanned = (int)reader.BytesConsumed - consumed;
        return StepResult.Item;
    }
}

/// <summary>What <see cref="DicomJsonReader"/> did with a streamed body: a test's view of how much work its length cost.</summary>
internal sealed class DicomJsonStreamStatistics
{
    /// <summary>Bytes passed through a JSON tokenizer, counting every pass (the search for a data set's end and its parse).</summary>
    public long BytesTokenized { get; set; }
}

using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ReviewKit.Import.Internal;

/// <summary>
/// Streams the elements of a JSON array of reviews without holding the document: either a top-level array
/// (<c>[{...}, {...}]</c>) or the array under one property of a top-level object (<c>{"reviews": [...], "nextPageToken": "..."}</c>).
/// Memory is bounded by the largest single element, not by the document.
/// </summary>
/// <remarks>
/// Each element is handed out as the raw UTF-8 bytes of its value, valid until the next call of <see cref="NextAsync"/>.
/// A document that is not JSON, or not one of the two shapes, throws <see cref="InvalidDataException"/>: there is no
/// row to attach that error to.
/// </remarks>
internal sealed class JsonArrayReader : IDisposable
{
    private const int InitialBufferSize = 16 * 1024;
    private const int MaxElementBytes = 64 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _arrayProperty;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int _start;
    private int _end;
    private long _discarded;
    private bool _eof;
    private bool _bomChecked;
    private bool _topLevelArray;
    private Phase _phase = Phase.Start;
    private JsonReaderState _state;

    public JsonArrayReader(Stream stream, string arrayProperty)
    {
        _stream = stream;
        _arrayProperty = System.Text.Encoding.UTF8.GetBytes(arrayProperty);
    }

    private enum Phase
    {
        Start,
        InObject,
        InArray,
        Done,
    }

    private enum Step
    {
        Element,
        NeedMore,
        Done,
    }

    /// <summary>Returns the next element's bytes, or <see langword="null"/> at the end of the array.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            switch (TryStep(out var start, out var length))
            {
                case Step.Element:
                    return _buffer.AsMemory(start, length);
                case Step.Done:
                    return null;
                default:
                    if (_eof)
                    {
                        throw Invalid("the JSON ends in the middle of a value");
                    }

                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Step TryStep(out int elementStart, out int elementLength)
    {
        elementStart = 0;
        elementLength = 0;
        try
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            while (true)
            {
                switch (_phase)
                {
                    case Phase.Done:
                        return Step.Done;

                    case Phase.Start:
                        if (!reader.Read())
                        {
                            if (_eof)
                            {
                                throw Invalid("the input is empty; expected a JSON array of reviews or an object with a \"" + PropertyName + "\" array");
                            }

                            return Step.NeedMore;
                        }

                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            _topLevelArray = true;
                            _phase = Phase.InArray;
                        }
                        else if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            _phase = Phase.InObject;
                        }
                        else
                        {
                            throw Invalid("expected a JSON array of reviews or an object with a \"" + PropertyName + "\" array");
                        }

                        Commit(ref reader);
                        break;

                    case Phase.InObject:
                        if (!reader.Read())
                        {
                            return Step.NeedMore;
                        }

                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            // An empty page ({} or only a nextPageToken) has no reviews: that is zero rows, not an error.
                            _phase = Phase.Done;
                            Commit(ref reader);
                            break;
                        }

                        var isArrayProperty = reader.ValueTextEquals(_arrayProperty);
                        if (!reader.Read())
                        {
                            return Step.NeedMore;
                        }

                        if (isArrayProperty && reader.TokenType == JsonTokenType.StartArray)
                        {
                            _phase = Phase.InArray;
                        }
                        else if (isArrayProperty && reader.TokenType != JsonTokenType.Null)
                        {
                            throw Invalid("\"" + PropertyName + "\" must be an array");
                        }
                        else if (!reader.TrySkip())
                        {
                            return Step.NeedMore;
                        }

                        Commit(ref reader);
                        break;

                    case Phase.InArray:
                        if (!reader.Read())
                        {
                            return Step.NeedMore;
                        }

                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            // Keep reading the rest of a list response (nextPageToken...) so that a broken document still fails.
                            _phase = _topLevelArray ? Phase.Done : Phase.InObject;
                            Commit(ref reader);
                            break;
                        }

                        var tokenStart = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip())
                        {
                            return Step.NeedMore;
                        }

                        elementStart = _start + tokenStart;
                        elementLength = (int)reader.BytesConsumed - tokenStart;
                        Commit(ref reader);
                        return Step.Element;
                }
            }
        }
        catch (JsonException e)
        {
            var at = _discarded + _start + (e.BytePositionInLine ?? 0);
            throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"The input is not valid JSON near line {(e.LineNumber ?? 0) + 1} (byte {at}): {e.Message}"), e);
        }
    }

    private string PropertyName => System.Text.Encoding.UTF8.GetString(_arrayProperty);

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _discarded += _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxElementBytes)
            {
                throw Invalid(string.Create(CultureInfo.InvariantCulture, $"one review is larger than {MaxElementBytes / (1024 * 1024)} MB"));
            }

            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        _end += read;
        if (!_bomChecked && _discarded == 0 && _start == 0 && _end >= 3)
        {
            _bomChecked = true;
            if (_buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                _start = 3;
            }
        }
    }

    private InvalidDataException Invalid(string rule) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The input is not a list of reviews (byte {_discarded + _start}): {rule}."));
}

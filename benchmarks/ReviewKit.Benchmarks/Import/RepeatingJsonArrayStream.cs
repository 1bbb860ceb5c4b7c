namespace ReviewKit.Benchmarks.Import;

/// <summary>
/// A read-only stream of <c>prefix</c>, then <c>copies</c> copies of <c>body</c> separated by commas, then
/// <c>suffix</c>: a JSON document of a million reviews without a million reviews in memory.
/// </summary>
internal sealed class RepeatingJsonArrayStream : Stream
{
    private readonly byte[][] _parts;
    private readonly int _copies;
    private int _part;
    private int _copy;
    private int _offset;

    public RepeatingJsonArrayStream(byte[] prefix, byte[] body, int copies, byte[] suffix)
    {
        _parts = [prefix, body, ","u8.ToArray(), suffix];
        _copies = copies;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _part < _parts.Length)
        {
            var source = _parts[_part].AsSpan(_offset);
            var n = Math.Min(source.Length, buffer.Length - written);
            source[..n].CopyTo(buffer[written..]);
            written += n;
            _offset += n;
            if (_offset == _parts[_part].Length)
            {
                _offset = 0;
                _part = _part switch
                {
                    0 => 1,
                    1 => ++_copy < _copies ? 2 : 3,
                    2 => 1,
                    _ => 4,
                };
            }
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

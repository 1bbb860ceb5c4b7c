namespace ReviewKit.Benchmarks.Reviews;

/// <summary>
/// A read-only stream of a CSV header followed by whole copies of the body, enough of them to hold <c>rows</c> rows
/// (rounded up to a whole copy): a million-row file without a million rows in memory.
/// </summary>
internal sealed class RepeatingCsvStream : Stream
{
    private readonly byte[] _header;
    private readonly byte[] _body;
    private readonly long _bodyRepeats;
    private long _position;
    private readonly long _length;

    public RepeatingCsvStream(byte[] header, byte[] body, long rows, int rowsPerBody)
    {
        _header = header;
        _body = body;
        _bodyRepeats = (rows + rowsPerBody - 1) / rowsPerBody;
        _length = header.Length + (_bodyRepeats * body.Length);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < _length)
        {
            ReadOnlySpan<byte> source;
            long offsetInSource;
            if (_position < _header.Length)
            {
                source = _header;
                offsetInSource = _position;
            }
            else
            {
                source = _body;
                offsetInSource = (_position - _header.Length) % _body.Length;
            }

            var chunk = source[(int)offsetInSource..];
            var n = Math.Min(chunk.Length, buffer.Length - written);
            chunk[..n].CopyTo(buffer[written..]);
            written += n;
            _position += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

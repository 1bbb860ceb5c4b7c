using System.Text;

namespace ReviewKit.Import.Tests;

/// <summary>The fixture files and small helpers to read an import to the end.</summary>
internal static class Fixtures
{
    public static Stream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static TextReader OpenText(string name) => new StreamReader(Open(name), Encoding.UTF8);

    public static Stream Utf8(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    public static async Task<List<ImportResult>> ToListAsync(this IAsyncEnumerable<ImportResult> results)
    {
        var list = new List<ImportResult>();
        await foreach (var result in results)
        {
            list.Add(result);
        }

        return list;
    }
}

/// <summary>A stream that hands out at most <c>chunk</c> bytes per read, to exercise every buffer boundary of a streaming reader.</summary>
internal sealed class TrickleStream(Stream inner, int chunk) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, chunk));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// An endless JSON array of reviews (<c>[{...},{...},...</c> that never closes): an importer that needs the whole
/// document before yielding would never yield, so reading its first results proves it streams.
/// </summary>
internal sealed class EndlessJsonArrayStream(Func<long, string> element) : Stream
{
    private byte[] _pending = "["u8.ToArray();
    private int _offset;
    private long _index;

    public long ElementsProduced => _index;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _pending.Length)
        {
            _pending = Encoding.UTF8.GetBytes((_index == 0 ? string.Empty : ",") + element(_index));
            _index++;
            _offset = 0;
        }

        var n = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

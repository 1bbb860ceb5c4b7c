using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ReviewKit.Cases;

/// <summary>
/// An immutable list that is a prefix of an append-only buffer shared with the lists it was extended from and to: the
/// successive values of a <see cref="ReviewCase"/> share one buffer, so appending n items one at a time costs O(n)
/// overall instead of copying the list at each step.
/// </summary>
/// <remarks>
/// <para><b>Ownership.</b> A list owns the first <see cref="Count"/> slots of its buffer, which are written once, before
/// the list is created, and never again. <see cref="Add"/> writes the next slot in place when no other list has claimed
/// it (an atomic compare-and-swap on the buffer's claimed count) and the buffer has room; otherwise (the buffer is full,
/// or the same list was already extended by someone else: a branch) it copies the prefix into a new buffer of twice the
/// size. Appending to the newest list is amortised O(1); branching from an older list costs one copy of its prefix.</para>
/// <para><b>Thread safety.</b> Safe for concurrent use: the slots a list reads are never written after it was created,
/// and two threads extending the same list claim the next slot with one compare-and-swap, the loser copying.</para>
/// <para>A mutable struct only for <see cref="ToImmutableArray"/>'s cache, which holds the same items as the list;
/// keep it in a field that is not readonly.</para>
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal struct SharedPrefixList<T>
{
    private const int MinimumCapacity = 4;

    private readonly Buffer? _buffer;
    private readonly int _count;
    private T[]? _snapshot;

    private SharedPrefixList(Buffer buffer, int count)
    {
        _buffer = buffer;
        _count = count;
    }

    /// <summary>Gets the number of items.</summary>
    public readonly int Count => _count;

    /// <summary>Gets the item at an index.</summary>
    /// <param name="index">The index, from 0 to <see cref="Count"/> - 1.</param>
    public readonly T this[int index] => AsSpan()[index];

    /// <summary>A list over the first <paramref name="count"/> items of <paramref name="items"/>, which the list now owns: the caller must not write them again.</summary>
    public static SharedPrefixList<T> Own(T[] items, int count) =>
        count == 0 ? default : new SharedPrefixList<T>(new Buffer(items, count), count);

    /// <summary>The items, in order.</summary>
    public readonly ReadOnlySpan<T> AsSpan() => _buffer is null ? default : _buffer.Items.AsSpan(0, _count);

    /// <summary>The list with <paramref name="item"/> appended; this list is unchanged.</summary>
    public readonly SharedPrefixList<T> Add(T item)
    {
        var buffer = _buffer;
        if (buffer is not null && _count < buffer.Items.Length && Interlocked.CompareExchange(ref buffer.Claimed, _count + 1, _count) == _count)
        {
            // The next slot was free and is ours now: nobody reads it before the list we return is published.
            buffer.Items[_count] = item;
            return new SharedPrefixList<T>(buffer, _count + 1);
        }

        var items = new T[Math.Max(MinimumCapacity, _count * 2)];
        AsSpan().CopyTo(items);
        items[_count] = item;
        return new SharedPrefixList<T>(new Buffer(items, _count + 1), _count + 1);
    }

    /// <summary>The list with <paramref name="item"/> inserted at <paramref name="index"/>, in a buffer of its own; this list is unchanged.</summary>
    public readonly SharedPrefixList<T> Insert(int index, T item)
    {
        if (index == _count)
        {
            return Add(item);
        }

        var source = AsSpan();
        var items = new T[Math.Max(MinimumCapacity, (_count + 1) * 2)];
        source[..index].CopyTo(items);
        items[index] = item;
        source[index..].CopyTo(items.AsSpan(index + 1));
        return new SharedPrefixList<T>(new Buffer(items, _count + 1), _count + 1);
    }

    /// <summary>
    /// The items as an immutable array: the buffer itself when the list fills it (a full buffer is never written again),
    /// else a copy made once and cached.
    /// </summary>
    public ImmutableArray<T> ToImmutableArray()
    {
        if (_buffer is null)
        {
            return [];
        }

        if (_count == _buffer.Items.Length)
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(_buffer.Items);
        }

        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is null)
        {
            // Two threads may both copy; either copy is the same list, so whichever is kept does not matter.
            snapshot = AsSpan().ToArray();
            Volatile.Write(ref _snapshot, snapshot);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(snapshot);
    }

    /// <summary>The shared storage: the items, and how many slots some list has claimed.</summary>
    private sealed class Buffer(T[] items, int claimed)
    {
        public readonly T[] Items = items;

        // Written only by Interlocked.CompareExchange once the buffer is shared.
        public int Claimed = claimed;
    }
}

using System.Runtime.CompilerServices;

namespace ReviewKit.Analysis.Sentiment;

/// <summary>
/// A read-only string-keyed map looked up by <see cref="ReadOnlySpan{T}"/>: open addressing with linear probing over a
/// power-of-two table at most half full, each slot holding the entry's hash so that a probe compares characters only on a
/// hash match.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
/// <remarks>
/// Built once from a dictionary, then immutable and thread-safe. Cheaper to build than a frozen dictionary (no key
/// analysis, little generic code to compile at first use, which is what the 100 ms first-use budget is spent on) and as
/// fast to read for the short keys of a lexicon. The hash is not randomised: the keys are the library's own lexicon, and a
/// lookup of hostile text only probes a table that is at most half full.
/// </remarks>
internal sealed class SpanMap<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _slots;
    private readonly uint[] _hashes;
    private readonly int _mask;

    /// <summary>Initializes a new instance of the <see cref="SpanMap{TValue}"/> class.</summary>
    /// <param name="keys">The keys, distinct.</param>
    /// <param name="values">The value of each key, in the same order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpanMap(string[] keys, TValue[] values)
    {
        var size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new int[size];
        _hashes = new uint[size];
        _keys = keys;
        _values = values;
        for (var n = 0; n < keys.Length; n++)
        {
            var hash = Hash(keys[n]);
            var slot = (int)hash & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = n + 1;
            _hashes[slot] = hash;
        }
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _keys.Length;

    /// <summary>Gets the keys, in insertion order.</summary>
    public ReadOnlySpan<string> Keys => _keys;

    /// <summary>Looks a key up.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value when found; otherwise the default.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var hash = Hash(key);
        var slot = (int)hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                value = default!;
                return false;
            }

            if (_hashes[slot] == hash && key.SequenceEqual(_keys[entry - 1]))
            {
                value = _values[entry - 1];
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Gets a value indicating whether the map holds a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> key)
    {
        // FNV-1a over the UTF-16 code units, then a final mix so that the low bits (the slot) depend on every character.
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return hash ^ (hash >> 12);
    }
}

/// <summary>Builds <see cref="SpanMap{TValue}"/> instances.</summary>
internal static class SpanMap
{
    /// <summary>Creates a map from a dictionary whose values are converted.</summary>
    /// <typeparam name="TSource">The dictionary's value type.</typeparam>
    /// <typeparam name="TValue">The map's value type.</typeparam>
    /// <param name="source">The entries.</param>
    /// <param name="convert">The conversion.</param>
    /// <returns>The map.</returns>
    public static SpanMap<TValue> From<TSource, TValue>(Dictionary<string, TSource> source, Func<TSource, TValue> convert)
    {
        var keys = new string[source.Count];
        var values = new TValue[source.Count];
        var n = 0;
        foreach (var (key, value) in source)
        {
            keys[n] = key;
            values[n] = convert(value);
            n++;
        }

        return new SpanMap<TValue>(keys, values);
    }
}

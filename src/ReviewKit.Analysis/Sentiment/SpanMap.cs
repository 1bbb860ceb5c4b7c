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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpanMap(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new int[size];
        _hashes = new uint[size];
        _keys = new string[entries.Count];
        _values = new TValue[entries.Count];
        var n = 0;
        foreach (var (key, value) in entries)
        {
            var hash = Hash(key);
            var slot = (int)hash & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = n + 1;
            _hashes[slot] = hash;
            _keys[n] = key;
            _values[n] = value;
            n++;
        }
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _keys.Length;

    /// <summary>Gets the keys, in insertion order.</summary>
    public IReadOnlyList<string> Keys => _keys;

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

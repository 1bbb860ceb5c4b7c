using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ReviewKit.Triage;

namespace ReviewKit.Improvement;

/// <summary>Five counts stored inline (rating bins, or severity levels Low..Critical then "not triaged").</summary>
[InlineArray(5)]
internal struct Counts5
{
    private long _element0;

    public readonly long Sum => this[0] + this[1] + this[2] + this[3] + this[4];

    public void Add(in Counts5 other)
    {
        this[0] += other[0];
        this[1] += other[1];
        this[2] += other[2];
        this[3] += other[3];
        this[4] += other[4];
    }

    public readonly bool SameAs(in Counts5 other) =>
        this[0] == other[0] && this[1] == other[1] && this[2] == other[2] && this[3] == other[3] && this[4] == other[4];

    public readonly SeverityMix ToSeverityMix() => new(this[0], this[1], this[2], this[3], this[4]);

    public static Counts5 From(SeverityMix mix)
    {
        var c = default(Counts5);
        c[0] = mix.Low;
        c[1] = mix.Medium;
        c[2] = mix.High;
        c[3] = mix.Critical;
        c[4] = mix.Unknown;
        return c;
    }
}

/// <summary>
/// The figures of one group in the columnar layout of an <see cref="AggregateTable"/>: one plain struct per group, stored
/// contiguously, so merging adds arrays instead of chasing one heap object per group.
/// </summary>
/// <remarks>
/// The volume and the rated count are not stored: every observation falls in exactly one severity slot (a level or "not
/// triaged"), so <c>Volume == Severity.Sum</c>, and every rated observation in exactly one rating bin, so
/// <c>Rated == Histogram.Sum</c>. Both hold by construction and are checked by <see cref="AggregateTable.CheckInvariants"/>.
/// </remarks>
internal struct GroupTotals
{
    public long Negative;
    public long RatingMicros;
    public long Recovered;
    public Counts5 Histogram;
    public Counts5 Severity;

    public readonly long Volume => Severity.Sum;

    public readonly long Rated => Histogram.Sum;

    public void Add(in GroupTotals other)
    {
        Negative += other.Negative;
        RatingMicros += other.RatingMicros;
        Recovered += other.Recovered;
        Histogram.Add(other.Histogram);
        Severity.Add(other.Severity);
    }

    public readonly bool SameAs(in GroupTotals other) =>
        Negative == other.Negative && RatingMicros == other.RatingMicros && Recovered == other.Recovered
        && Histogram.SameAs(other.Histogram) && Severity.SameAs(other.Severity);

    public readonly ReviewStatistics ToStatistics(Dictionary<string, ThemeStatistics> themes)
    {
        var histogram = new long[GroupAccumulator.HistogramBins];
        ((ReadOnlySpan<long>)Histogram).CopyTo(histogram);
        return new ReviewStatistics(
            Volume,
            Negative,
            Rated,
            RatingMicros,
            Recovered,
            ImmutableArray.Create(histogram),
            Severity.ToSeverityMix(),
            themes);
    }

    public static GroupTotals From(ReviewStatistics s)
    {
        var t = new GroupTotals { Negative = s.NegativeCount, RatingMicros = s.RatingMicros, Recovered = s.RecoveredCount, Severity = Counts5.From(s.Severity) };
        s.RatingHistogram.AsSpan().CopyTo(t.Histogram);
        return t;
    }
}

/// <summary>
/// The counts of one theme in one group in the columnar layout of an <see cref="AggregateTable"/> (80 bytes, no heap object
/// of its own): the theme as a small integer id into the table's theme names, the negative count, the severity mix and the
/// example review.
/// </summary>
/// <remarks>
/// The mention count is not stored: every mentioning observation falls in exactly one severity slot, so
/// <c>Count == Severity.Sum</c>, which is at least 1 for every stored cell. <see cref="ExampleSeverity"/> is the severity as an
/// integer with "not triaged" as -1, the order <see cref="ThemeStatistics"/> uses to choose the example.
/// </remarks>
internal struct ThemeCell
{
    public long Negative;
    public Counts5 Severity;
    public string? ExampleId;
    public Instant ExampleAt;
    public int ExampleSeverity;
    public int Theme;

    public readonly long Count => Severity.Sum;

    public void Add(in ThemeCell other)
    {
        Negative += other.Negative;
        Severity.Add(other.Severity);
        if (other.ExampleId is { } id && Beats(other.ExampleSeverity, other.ExampleAt, id, ExampleSeverity, ExampleAt, ExampleId))
        {
            ExampleId = id;
            ExampleSeverity = other.ExampleSeverity;
            ExampleAt = other.ExampleAt;
        }
    }

    public void AddObservation(bool negative, int severityIndex, string? reviewId, Instant receivedAt)
    {
        if (negative)
        {
            Negative++;
        }

        Severity[severityIndex]++;
        var exampleSeverity = severityIndex == 4 ? -1 : severityIndex;
        if (reviewId is not null && Beats(exampleSeverity, receivedAt, reviewId, ExampleSeverity, ExampleAt, ExampleId))
        {
            ExampleId = reviewId;
            ExampleSeverity = exampleSeverity;
            ExampleAt = receivedAt;
        }
    }

    public readonly bool SameAs(in ThemeCell other) =>
        Negative == other.Negative && Severity.SameAs(other.Severity)
        && string.Equals(ExampleId, other.ExampleId, StringComparison.Ordinal)
        && (ExampleId is null || (ExampleSeverity == other.ExampleSeverity && ExampleAt == other.ExampleAt));

    public readonly ThemeStatistics ToStatistics() =>
        new(Count, Negative, Severity.ToSeverityMix(), ExampleId, ExampleId is null || ExampleSeverity < 0 ? null : (Severity)ExampleSeverity, ExampleAt);

    public static ThemeCell From(ThemeStatistics s, int theme) => new()
    {
        Negative = s.NegativeCount,
        Severity = Counts5.From(s.Severity),
        ExampleId = s.ExampleReviewId,
        ExampleSeverity = s.ExampleReviewId is null || s.ExampleSeverity is not { } sev ? -1 : (int)sev,
        ExampleAt = s.ExampleReceivedAt,
        Theme = theme,
    };

    /// <summary>Whether candidate (a) beats the current example (b) under (severity, instant, ordinal id); any candidate beats no example.</summary>
    private static bool Beats(int severityA, Instant atA, string idA, int severityB, Instant atB, string? idB) =>
        idB is null
        || severityA > severityB
        || (severityA == severityB && (atA > atB || (atA == atB && string.CompareOrdinal(idA, idB) > 0)));
}

/// <summary>A group key with its hash code computed once, so that merging many tables never hashes a key's strings again.</summary>
internal readonly struct HashedKey : IEquatable<HashedKey>
{
    public HashedKey(AggregateKey key)
    {
        Key = key;
        Hash = key.GetHashCode();
    }

    public AggregateKey Key { get; }

    public int Hash { get; }

    public bool Equals(HashedKey other) => Hash == other.Hash && Key.Equals(other.Key);

    public override bool Equals(object? obj) => obj is HashedKey other && Equals(other);

    public override int GetHashCode() => Hash;
}

/// <summary>
/// Interns group keys into dense ids 0, 1, 2... with open addressing on the keys' stored hashes: a probe reads one int of
/// a small bucket array and compares hashes before it compares keys. Not thread-safe; used inside one merge.
/// </summary>
internal sealed class KeyInterner
{
    private int[] _buckets;
    private int[] _hashes;
    private HashedKey[] _keys;

    public KeyInterner(int capacity)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _buckets = new int[size];
        _hashes = new int[Math.Max(8, capacity)];
        _keys = new HashedKey[_hashes.Length];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<HashedKey> Keys => _keys.AsSpan(0, Count);

    public int GetOrAdd(in HashedKey key)
    {
        var mask = _buckets.Length - 1;
        var hash = key.Hash;
        var i = Spread(hash) & mask;
        while (true)
        {
            var slot = _buckets[i];
            if (slot == 0)
            {
                return Add(i, key);
            }

            if (_hashes[slot - 1] == hash && _keys[slot - 1].Key.Equals(key.Key))
            {
                return slot - 1;
            }

            i = (i + 1) & mask;
        }
    }

    public Dictionary<HashedKey, int> ToDictionary()
    {
        var index = new Dictionary<HashedKey, int>(Count);
        for (var g = 0; g < Count; g++)
        {
            index.Add(_keys[g], g);
        }

        return index;
    }

    /// <summary>Fibonacci hashing: spreads hash codes whose low bits are poor over the bucket array.</summary>
    private static int Spread(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> 7);

    private int Add(int bucket, in HashedKey key)
    {
        var id = Count;
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, id * 2);
            Array.Resize(ref _hashes, id * 2);
        }

        _keys[id] = key;
        _hashes[id] = key.Hash;
        _buckets[bucket] = id + 1;
        Count = id + 1;
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var i = Spread(_hashes[id]) & mask;
            while (_buckets[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _buckets[i] = id + 1;
        }
    }
}

/// <summary>Where a merge adds the cells of its tables, at their (group x themes + theme) grid key.</summary>
internal interface ICellSink
{
    void Add(long gridKey, int theme, in ThemeCell cell);

    /// <summary>Lays the cells out in (group, theme) order and fills <paramref name="rowStart"/>; returns the cells.</summary>
    ThemeCell[] Compact(int groupCount, int themeCount, int[] rowStart);
}

/// <summary>
/// A dense groups x themes array of cells (the first <c>size</c> cells of <c>grid</c>, zeroed on entry): adding is one
/// indexed add; an empty cell has a count of 0.
/// </summary>
internal readonly struct DenseGrid(ThemeCell[] grid, int size) : ICellSink
{
    public void Add(long gridKey, int theme, in ThemeCell cell) => grid[gridKey].Add(cell);

    public ThemeCell[] Compact(int groupCount, int themeCount, int[] rowStart)
    {
        var used = grid.AsSpan(0, size);
        var count = 0;
        foreach (ref readonly var cell in used)
        {
            if (cell.Count > 0)
            {
                count++;
            }
        }

        var cells = new ThemeCell[count];
        var k = 0;
        for (var g = 0; g < groupCount; g++)
        {
            var row = used.Slice(g * themeCount, themeCount);
            for (var t = 0; t < row.Length; t++)
            {
                if (row[t].Count > 0)
                {
                    cells[k] = row[t];
                    cells[k++].Theme = t;
                }
            }

            rowStart[g + 1] = k;
        }

        return cells;
    }
}

/// <summary>A hash map from grid key to slot over growing arrays of cells, for grids too sparse or too large to allocate.</summary>
internal struct SparseCells(int capacity) : ICellSink
{
    private readonly Dictionary<long, int> _slots = new(capacity);
    private ThemeCell[] _cells = new ThemeCell[capacity];
    private long[] _keys = new long[capacity];
    private int _count;

    public void Add(long gridKey, int theme, in ThemeCell cell)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_slots, gridKey, out var exists);
        if (exists)
        {
            _cells[slot].Add(cell);
            return;
        }

        if (_count == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        slot = _count++;
        _cells[slot] = cell;
        _cells[slot].Theme = theme;
        _keys[slot] = gridKey;
    }

    public readonly ThemeCell[] Compact(int groupCount, int themeCount, int[] rowStart)
    {
        var keys = _keys.AsSpan(0, _count);
        keys.Sort(_cells.AsSpan(0, _count));
        foreach (var key in keys)
        {
            rowStart[(int)(key / themeCount) + 1]++;
        }

        for (var g = 0; g < groupCount; g++)
        {
            rowStart[g + 1] += rowStart[g];
        }

        return _cells.AsSpan(0, _count).ToArray();
    }
}

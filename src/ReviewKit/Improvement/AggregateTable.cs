using System.Buffers;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReviewKit.Improvement;

/// <summary>
/// Period aggregates: one <see cref="ReviewStatistics"/> per <see cref="AggregateKey"/>, computed by a
/// <see cref="ReviewAggregator"/> and mergeable exactly across partitions and machines.
/// </summary>
/// <remarks>
/// <para><see cref="Merge(AggregateTable, AggregateTable)"/> is associative and commutative with <see cref="Empty"/> as
/// identity, and the merge of the tables of two disjoint sets of observations equals the table of their union (all
/// figures are integer counts and sums). Tables merge only when computed with equal <see cref="AggregationOptions"/>.</para>
/// <para>The table is stored in columns: the groups' figures in one array of plain structs, the theme ids interned per table
/// into small integers (in ordinal order of the ids), and the per-theme counts of all groups in one array, group after
/// group, each group's themes in ascending order. Merging remaps each table's theme ids once and then adds arrays, with no
/// allocation per group or per theme. The <see cref="ReviewStatistics"/> of a group are built when first read and kept.</para>
/// <para>Immutable and thread-safe. Equality compares the options and every group.</para>
/// </remarks>
public sealed class AggregateTable : IEquatable<AggregateTable>
{
    /// <summary>The largest groups x themes grid merged in a dense array of cells (4 M cells, 320 MB); larger ones use a hash map.</summary>
    private const long DenseGridLimit = 1 << 22;

    /// <summary>The largest dense grid rented from the shared array pool (128 K cells, 10 MB); larger ones are allocated.</summary>
    private const long PooledGridLimit = 1 << 17;

    private readonly HashedKey[] _keys;
    private readonly GroupTotals[] _totals;
    private readonly int[] _rowStart;
    private readonly ThemeCell[] _cells;
    private readonly string[] _themeNames;
    private Dictionary<HashedKey, int>? _index;
    private ReviewStatistics?[]? _statistics;

    private AggregateTable(
        AggregationOptions options,
        HashedKey[] keys,
        GroupTotals[] totals,
        int[] rowStart,
        ThemeCell[] cells,
        string[] themeNames,
        Dictionary<HashedKey, int>? index)
    {
        Options = options;
        _keys = keys;
        _totals = totals;
        _rowStart = rowStart;
        _cells = cells;
        _themeNames = themeNames;
        _index = index;
        Groups = new GroupView(this);
    }

    /// <summary>Gets how the table was grouped.</summary>
    public AggregationOptions Options { get; }

    /// <summary>Gets the groups and their statistics.</summary>
    /// <remarks>A read-only view: the statistics of a group are built on first access and kept.</remarks>
    public IReadOnlyDictionary<AggregateKey, ReviewStatistics> Groups { get; }

    /// <summary>Gets the first days of the periods that have at least one group, in ascending order.</summary>
    public IReadOnlyList<LocalDate> Periods => _keys.Select(k => k.Key.Period).Distinct().Order().ToArray();

    /// <summary>Gets the number of groups.</summary>
    internal int GroupCount => _keys.Length;

    /// <summary>Gets the number of (group, theme) cells.</summary>
    internal int CellCount => _cells.Length;

    /// <summary>Gets the number of distinct theme ids.</summary>
    internal int ThemeCount => _themeNames.Length;

    /// <summary>Returns the empty table for <paramref name="options"/>.</summary>
    /// <param name="options">The grouping options.</param>
    /// <returns>A table without groups.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static AggregateTable Empty(AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AggregateTable(options, [], [], [0], [], [], null);
    }

    /// <summary>Gets the statistics of one group; <see cref="ReviewStatistics.Empty"/> when the table has no such group.</summary>
    /// <param name="key">The group key.</param>
    /// <returns>The statistics.</returns>
    public ReviewStatistics this[AggregateKey key] => IndexOf(new HashedKey(key)) is var i and >= 0 ? StatisticsAt(i) : ReviewStatistics.Empty;

    /// <summary>Merges two tables computed with the same options over disjoint sets of observations.</summary>
    /// <param name="left">The first table.</param>
    /// <param name="right">The second table.</param>
    /// <returns>The table of the union.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="right"/> was computed with other options than <paramref name="left"/>.</exception>
    public static AggregateTable Merge(AggregateTable left, AggregateTable right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Merge([left, right]);
    }

    /// <summary>Merges many tables computed with the same options over disjoint sets of observations, in one pass.</summary>
    /// <param name="tables">The tables; at least one.</param>
    /// <returns>The table of the union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tables"/> is empty, or the tables were computed with different options.</exception>
    public static AggregateTable Merge(IEnumerable<AggregateTable> tables) => Merge(tables, denseGrid: null);

    /// <summary>
    /// <see cref="Merge(IEnumerable{AggregateTable})"/> with the choice of accumulator forced: a dense groups x themes grid
    /// (<see langword="true"/>), a hash map (<see langword="false"/>), or chosen by size (<see langword="null"/>). For tests:
    /// both must give the same table.
    /// </summary>
    internal static AggregateTable Merge(IEnumerable<AggregateTable> tables, bool? denseGrid)
    {
        ArgumentNullException.ThrowIfNull(tables);
        AggregationOptions? options = null;
        AggregateTable? first = null;
        var nonEmpty = new List<AggregateTable>(tables.TryGetNonEnumeratedCount(out var n) ? n : 4);
        foreach (var table in tables)
        {
            ArgumentNullException.ThrowIfNull(table, nameof(tables));
            options ??= table.Options;
            first ??= table;
            if (!ReferenceEquals(table.Options, options) && table.Options != options)
            {
                throw new ArgumentException($"tables mixes options '{options}' and '{table.Options}'; only tables grouped the same way merge.", nameof(tables));
            }

            if (table.GroupCount > 0)
            {
                nonEmpty.Add(table);
            }
        }

        if (options is null || first is null)
        {
            throw new ArgumentException("tables must contain at least one table.", nameof(tables));
        }

        // An immutable table merged with empty ones is itself.
        return nonEmpty.Count switch
        {
            0 => first,
            1 => nonEmpty[0],
            _ => Combine(options, nonEmpty, null, denseGrid),
        };
    }

    /// <summary>
    /// Regroups the table with a coarser key: the statistics of every group that maps to the same new key are merged.
    /// For example <c>table.RollUp(k => k.PeriodOnly())</c> gives one group per period over all locations.
    /// </summary>
    /// <param name="keySelector">Maps a key to its new key.</param>
    /// <returns>The regrouped table (with the same options).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    public AggregateTable RollUp(Func<AggregateKey, AggregateKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        return Combine(Options, [this], keySelector, null);
    }

    /// <summary>Merges the statistics of the groups that satisfy <paramref name="predicate"/> (all groups when null).</summary>
    /// <param name="predicate">Which groups to include; <see langword="null"/> for all.</param>
    /// <returns>The merged statistics; <see cref="ReviewStatistics.Empty"/> when no group matches.</returns>
    public ReviewStatistics Total(Func<AggregateKey, bool>? predicate = null)
    {
        var sum = default(GroupTotals);
        var themes = new ThemeCell[_themeNames.Length];
        var any = false;
        for (var g = 0; g < _keys.Length; g++)
        {
            if (predicate is not null && !predicate(_keys[g].Key))
            {
                continue;
            }

            any = true;
            sum.Add(_totals[g]);
            foreach (ref readonly var cell in _cells.AsSpan(_rowStart[g], _rowStart[g + 1] - _rowStart[g]))
            {
                themes[cell.Theme].Add(cell);
            }
        }

        if (!any)
        {
            return ReviewStatistics.Empty;
        }

        var map = new Dictionary<string, ThemeStatistics>(StringComparer.Ordinal);
        for (var t = 0; t < themes.Length; t++)
        {
            if (themes[t].Count > 0)
            {
                map.Add(_themeNames[t], themes[t].ToStatistics());
            }
        }

        return sum.ToStatistics(map);
    }

    /// <inheritdoc/>
    public bool Equals(AggregateTable? other)
    {
        if (other is null || Options != other.Options || _keys.Length != other._keys.Length)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        // Rows are in ascending theme id and ids in ordinal order of the theme names in both tables, so two equal
        // rows hold the same themes in the same order.
        for (var g = 0; g < _keys.Length; g++)
        {
            var o = other.IndexOf(_keys[g]);
            if (o < 0 || !_totals[g].SameAs(other._totals[o]))
            {
                return false;
            }

            var row = _cells.AsSpan(_rowStart[g], _rowStart[g + 1] - _rowStart[g]);
            var otherRow = other._cells.AsSpan(other._rowStart[o], other._rowStart[o + 1] - other._rowStart[o]);
            if (row.Length != otherRow.Length)
            {
                return false;
            }

            for (var k = 0; k < row.Length; k++)
            {
                if (!string.Equals(_themeNames[row[k].Theme], other._themeNames[otherRow[k].Theme], StringComparison.Ordinal)
                    || !row[k].SameAs(otherRow[k]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AggregateTable);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Options, _keys.Length);

    /// <summary>Describes the table.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{_keys.Length} groups ({Options})";

    /// <summary>Compares two tables for equality.</summary>
    /// <param name="left">The first table.</param>
    /// <param name="right">The second table.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AggregateTable? left, AggregateTable? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two tables for inequality.</summary>
    /// <param name="left">The first table.</param>
    /// <param name="right">The second table.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AggregateTable? left, AggregateTable? right) => !(left == right);

    /// <summary>Freezes the running groups of an aggregator into columns.</summary>
    internal static AggregateTable FromAccumulators(AggregationOptions options, Dictionary<AggregateKey, GroupAccumulator> groups)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var cellCount = 0;
        foreach (var acc in groups.Values)
        {
            cellCount += acc.Themes.Count;
            foreach (var name in acc.Themes.Keys)
            {
                distinct.Add(name);
            }
        }

        var names = distinct.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var t = 0; t < names.Length; t++)
        {
            ids.Add(names[t], t);
        }

        var keys = new HashedKey[groups.Count];
        var totals = new GroupTotals[groups.Count];
        var rowStart = new int[groups.Count + 1];
        var cells = new ThemeCell[cellCount];
        var g = 0;
        var c = 0;
        foreach (var (key, acc) in groups)
        {
            keys[g] = new HashedKey(key);
            totals[g] = acc.Totals;
            rowStart[g] = c;
            foreach (var (name, cell) in acc.Themes)
            {
                cells[c] = cell;
                cells[c].Theme = ids[name];
                c++;
            }

            cells.AsSpan(rowStart[g], c - rowStart[g]).Sort(static (a, b) => a.Theme.CompareTo(b.Theme));
            g++;
        }

        rowStart[g] = c;
        return new AggregateTable(options, keys, totals, rowStart, cells, names, null);
    }

    /// <summary>
    /// Checks the invariants of the columnar layout that merging and equality rely on; returns the first one broken, or
    /// <see langword="null"/>. For tests.
    /// </summary>
    internal string? CheckInvariants()
    {
        if (_totals.Length != _keys.Length || _rowStart.Length != _keys.Length + 1 || _rowStart[0] != 0 || _rowStart[^1] != _cells.Length)
        {
            return "column lengths disagree";
        }

        for (var t = 1; t < _themeNames.Length; t++)
        {
            if (string.CompareOrdinal(_themeNames[t - 1], _themeNames[t]) >= 0)
            {
                return $"theme names not in strictly ascending ordinal order at {t}";
            }
        }

        var used = new bool[_themeNames.Length];
        var distinctKeys = new HashSet<AggregateKey>();
        for (var g = 0; g < _keys.Length; g++)
        {
            var key = _keys[g];
            if (key.Hash != key.Key.GetHashCode() || !distinctKeys.Add(key.Key))
            {
                return $"group {key.Key}: stale hash or duplicate key";
            }

            ref readonly var totals = ref _totals[g];
            if (totals.Volume < 1 || totals.Negative > totals.Volume || totals.Recovered > totals.Negative || totals.Rated > totals.Volume
                || totals.Negative < 0 || totals.Recovered < 0 || totals.RatingMicros < 0 || totals.RatingMicros > totals.Rated * GroupAccumulator.RatingScale)
            {
                return $"group {key.Key}: inconsistent totals";
            }

            if (_rowStart[g + 1] < _rowStart[g])
            {
                return $"group {key.Key}: negative row length";
            }

            var previous = -1;
            foreach (ref readonly var cell in _cells.AsSpan(_rowStart[g], _rowStart[g + 1] - _rowStart[g]))
            {
                if (cell.Theme <= previous || cell.Theme >= _themeNames.Length)
                {
                    return $"group {key.Key}: theme ids not strictly ascending";
                }

                previous = cell.Theme;
                used[cell.Theme] = true;
                if (cell.Count < 1 || cell.Count > totals.Volume || cell.Negative > cell.Count || cell.Negative > totals.Negative)
                {
                    return $"group {key.Key}, theme {_themeNames[cell.Theme]}: inconsistent counts";
                }

                for (var s = 0; s < 5; s++)
                {
                    if (cell.Severity[s] > totals.Severity[s] || cell.Severity[s] < 0)
                    {
                        return $"group {key.Key}, theme {_themeNames[cell.Theme]}: severity above the group's";
                    }
                }
            }
        }

        return Array.IndexOf(used, false) is var unused and >= 0 ? $"theme {_themeNames[unused]} has no cell" : null;
    }

    /// <summary>
    /// Merges the cells of <paramref name="tables"/> (all with <paramref name="options"/>), mapping each key through
    /// <paramref name="keySelector"/> when given. Two passes: the first interns the theme ids and the group keys of every
    /// table into global ids (one dictionary probe per table theme and per table group, with the keys' stored hashes);
    /// the second adds each table's group totals and cells into dense arrays indexed by those ids.
    /// </summary>
    private static AggregateTable Combine(AggregationOptions options, IReadOnlyList<AggregateTable> tables, Func<AggregateKey, AggregateKey>? keySelector, bool? denseGrid)
    {
        long inputGroups = 0;
        long inputCells = 0;
        var inputThemes = 0;
        var largestGroups = 0;
        var largestCells = 0;
        foreach (var table in tables)
        {
            inputGroups += table._keys.Length;
            inputCells += table._cells.Length;
            inputThemes += table._themeNames.Length;
            largestGroups = Math.Max(largestGroups, table._keys.Length);
            largestCells = Math.Max(largestCells, table._cells.Length);
        }

        if (inputGroups > Array.MaxLength)
        {
            throw new InvalidOperationException($"Merging {inputGroups} groups at once exceeds the largest array; merge in stages.");
        }

        // Pass 1a: theme ids, then renumbered in ordinal order of the names.
        var themeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var themeMap = new int[inputThemes];
        var themeOffset = new int[tables.Count + 1];
        var o = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            themeOffset[i] = o;
            foreach (var name in tables[i]._themeNames)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(themeIds, name, out var exists);
                if (!exists)
                {
                    id = names.Count;
                    names.Add(name);
                }

                themeMap[o++] = id;
            }
        }

        themeOffset[tables.Count] = o;
        var themeNames = names.ToArray();
        var firstSeen = new int[themeNames.Length];
        for (var t = 0; t < firstSeen.Length; t++)
        {
            firstSeen[t] = t;
        }

        Array.Sort(themeNames, firstSeen, StringComparer.Ordinal);
        var rank = new int[themeNames.Length];
        for (var t = 0; t < rank.Length; t++)
        {
            rank[firstSeen[t]] = t;
        }

        for (var t = 0; t < themeMap.Length; t++)
        {
            themeMap[t] = rank[themeMap[t]];
        }

        // Pass 1b: group ids. The scratch arrays of a merge come from the shared pools, so that a host merging often does
        // not churn the large object heap (and its gen 2 collections) with them.
        var groupIds = new KeyInterner(largestGroups);
        int[] groupMap = inputGroups == 0 ? [] : ArrayPool<int>.Shared.Rent((int)inputGroups);
        try
        {
            InternGroups(tables, keySelector, groupIds, groupMap);

            // Pass 2: add totals and cells, into a dense groups x themes grid of cells when that grid is small enough
            // (each table's rows then land on contiguous cells, with no lookup), else through a hash map of slots.
            var groupCount = groupIds.Count;
            var themeCount = themeNames.Length;
            var totals = new GroupTotals[groupCount];
            var gridSize = (long)groupCount * themeCount;
            var outRowStart = new int[groupCount + 1];
            ThemeCell[] outCells;
            if (denseGrid ?? (gridSize <= DenseGridLimit && gridSize <= Math.Max(4096, 4 * inputCells)))
            {
                var pooled = gridSize is > 0 and <= PooledGridLimit;
                var cells = pooled ? ArrayPool<ThemeCell>.Shared.Rent((int)gridSize) : new ThemeCell[gridSize];
                try
                {
                    var grid = new DenseGrid(cells, (int)gridSize);
                    AddAll(tables, themeMap, themeOffset, groupMap, themeCount, totals, ref grid);
                    outCells = grid.Compact(groupCount, themeCount, outRowStart);
                }
                finally
                {
                    if (pooled)
                    {
                        // Returned clean: the next merge relies on a zeroed grid, and the pool keeps no review ids alive.
                        cells.AsSpan(0, (int)gridSize).Clear();
                        ArrayPool<ThemeCell>.Shared.Return(cells);
                    }
                }
            }
            else
            {
                var capacity = (int)Math.Max(16, Math.Min(gridSize, Math.Max(largestCells, 1024)));
                var sparse = new SparseCells(capacity);
                AddAll(tables, themeMap, themeOffset, groupMap, themeCount, totals, ref sparse);
                outCells = sparse.Compact(groupCount, themeCount, outRowStart);
            }

            return new AggregateTable(options, groupIds.Keys.ToArray(), totals, outRowStart, outCells, themeNames, groupIds.ToDictionary());
        }
        finally
        {
            if (groupMap.Length > 0)
            {
                ArrayPool<int>.Shared.Return(groupMap);
            }
        }
    }

    /// <summary>Pass 1b of <see cref="Combine"/>: the global id of every group of every table, in table order.</summary>
    /// <remarks>Called once per merge over long loops: compiled fully optimised at once rather than through tiering.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InternGroups(IReadOnlyList<AggregateTable> tables, Func<AggregateKey, AggregateKey>? keySelector, KeyInterner groupIds, int[] groupMap)
    {
        var o = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            foreach (ref readonly var key in tables[i]._keys.AsSpan())
            {
                groupMap[o++] = groupIds.GetOrAdd(keySelector is null ? key : new HashedKey(keySelector(key.Key)));
            }
        }
    }

    /// <summary>Pass 2 of <see cref="Combine"/>, specialised by the JIT for each kind of cell sink.</summary>
    /// <remarks>Called once per merge over long loops: compiled fully optimised at once rather than through tiering.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddAll<TSink>(
        IReadOnlyList<AggregateTable> tables,
        int[] themeMap,
        int[] themeOffset,
        int[] groupMap,
        int themeCount,
        GroupTotals[] totals,
        ref TSink sink)
        where TSink : struct, ICellSink
    {
        var o = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var tableThemes = themeMap.AsSpan(themeOffset[i], themeOffset[i + 1] - themeOffset[i]);
            var cells = table._cells.AsSpan();
            var rowStart = table._rowStart.AsSpan(1);
            var tableTotals = table._totals.AsSpan();
            var start = 0;
            for (var g = 0; g < tableTotals.Length; g++)
            {
                var target = groupMap[o++];
                totals[target].Add(tableTotals[g]);
                var rowBase = (long)target * themeCount;
                var end = rowStart[g];
                foreach (ref readonly var cell in cells[start..end])
                {
                    var theme = tableThemes[cell.Theme];
                    sink.Add(rowBase + theme, theme, cell);
                }

                start = end;
            }
        }
    }

    private int IndexOf(HashedKey key)
    {
        var index = Volatile.Read(ref _index);
        if (index is null)
        {
            index = new Dictionary<HashedKey, int>(_keys.Length);
            for (var g = 0; g < _keys.Length; g++)
            {
                index.Add(_keys[g], g);
            }

            index = Interlocked.CompareExchange(ref _index, index, null) ?? index;
        }

        return index.TryGetValue(key, out var g2) ? g2 : -1;
    }

    private ReviewStatistics StatisticsAt(int g)
    {
        var cache = Volatile.Read(ref _statistics);
        if (cache is null)
        {
            cache = new ReviewStatistics?[_keys.Length];
            cache = Interlocked.CompareExchange(ref _statistics, cache, null) ?? cache;
        }

        var stats = Volatile.Read(ref cache[g]);
        if (stats is not null)
        {
            return stats;
        }

        var row = _cells.AsSpan(_rowStart[g], _rowStart[g + 1] - _rowStart[g]);
        var themes = new Dictionary<string, ThemeStatistics>(row.Length, StringComparer.Ordinal);
        foreach (ref readonly var cell in row)
        {
            themes.Add(_themeNames[cell.Theme], cell.ToStatistics());
        }

        stats = _totals[g].ToStatistics(themes);
        return Interlocked.CompareExchange(ref cache[g], stats, null) ?? stats;
    }

    /// <summary>The read-only dictionary view of <see cref="Groups"/>, in the table's group order.</summary>
    private sealed class GroupView(AggregateTable table) : IReadOnlyDictionary<AggregateKey, ReviewStatistics>
    {
        public int Count => table._keys.Length;

        public IEnumerable<AggregateKey> Keys => table._keys.Select(k => k.Key);

        public IEnumerable<ReviewStatistics> Values => Enumerable.Range(0, table._keys.Length).Select(table.StatisticsAt);

        public ReviewStatistics this[AggregateKey key] =>
            table.IndexOf(new HashedKey(key)) is var g and >= 0 ? table.StatisticsAt(g) : throw new KeyNotFoundException($"The table has no group {key}.");

        public bool ContainsKey(AggregateKey key) => table.IndexOf(new HashedKey(key)) >= 0;

        public bool TryGetValue(AggregateKey key, [MaybeNullWhen(false)] out ReviewStatistics value)
        {
            var g = table.IndexOf(new HashedKey(key));
            value = g >= 0 ? table.StatisticsAt(g) : null;
            return g >= 0;
        }

        public IEnumerator<KeyValuePair<AggregateKey, ReviewStatistics>> GetEnumerator()
        {
            for (var g = 0; g < table._keys.Length; g++)
            {
                yield return new(table._keys[g].Key, table.StatisticsAt(g));
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

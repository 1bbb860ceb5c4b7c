using System.Collections.ObjectModel;
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
/// <para>Immutable and thread-safe. Equality compares the options and every group.</para>
/// </remarks>
public sealed class AggregateTable : IEquatable<AggregateTable>
{
    private readonly Dictionary<AggregateKey, ReviewStatistics> _groups;

    internal AggregateTable(AggregationOptions options, Dictionary<AggregateKey, ReviewStatistics> groups)
    {
        Options = options;
        _groups = groups;
        Groups = new ReadOnlyDictionary<AggregateKey, ReviewStatistics>(groups);
    }

    /// <summary>Gets how the table was grouped.</summary>
    public AggregationOptions Options { get; }

    /// <summary>Gets the groups and their statistics.</summary>
    public IReadOnlyDictionary<AggregateKey, ReviewStatistics> Groups { get; }

    /// <summary>Gets the first days of the periods that have at least one group, in ascending order.</summary>
    public IReadOnlyList<LocalDate> Periods => _groups.Keys.Select(k => k.Period).Distinct().Order().ToArray();

    /// <summary>Returns the empty table for <paramref name="options"/>.</summary>
    /// <param name="options">The grouping options.</param>
    /// <returns>A table without groups.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static AggregateTable Empty(AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AggregateTable(options, []);
    }

    /// <summary>Gets the statistics of one group; <see cref="ReviewStatistics.Empty"/> when the table has no such group.</summary>
    /// <param name="key">The group key.</param>
    /// <returns>The statistics.</returns>
    public ReviewStatistics this[AggregateKey key] => _groups.TryGetValue(key, out var s) ? s : ReviewStatistics.Empty;

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
    public static AggregateTable Merge(IEnumerable<AggregateTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        AggregationOptions? options = null;
        var acc = new Dictionary<AggregateKey, GroupAccumulator>();
        foreach (var table in tables)
        {
            ArgumentNullException.ThrowIfNull(table, nameof(tables));
            options ??= table.Options;
            if (table.Options != options)
            {
                throw new ArgumentException($"tables mixes options '{options}' and '{table.Options}'; only tables grouped the same way merge.", nameof(tables));
            }

            foreach (var (key, stats) in table._groups)
            {
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(acc, key, out _);
                group ??= new GroupAccumulator();
                group.Add(stats);
            }
        }

        if (options is null)
        {
            throw new ArgumentException("tables must contain at least one table.", nameof(tables));
        }

        return Freeze(options, acc);
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
        var acc = new Dictionary<AggregateKey, GroupAccumulator>();
        foreach (var (key, stats) in _groups)
        {
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(acc, keySelector(key), out _);
            group ??= new GroupAccumulator();
            group.Add(stats);
        }

        return Freeze(Options, acc);
    }

    /// <summary>Merges the statistics of the groups that satisfy <paramref name="predicate"/> (all groups when null).</summary>
    /// <param name="predicate">Which groups to include; <see langword="null"/> for all.</param>
    /// <returns>The merged statistics; <see cref="ReviewStatistics.Empty"/> when no group matches.</returns>
    public ReviewStatistics Total(Func<AggregateKey, bool>? predicate = null)
    {
        var acc = new GroupAccumulator();
        foreach (var (key, stats) in _groups)
        {
            if (predicate is null || predicate(key))
            {
                acc.Add(stats);
            }
        }

        return acc.Volume == 0 && acc.Themes.Count == 0 ? ReviewStatistics.Empty : acc.Freeze();
    }

    /// <inheritdoc/>
    public bool Equals(AggregateTable? other)
    {
        if (other is null || Options != other.Options || _groups.Count != other._groups.Count)
        {
            return false;
        }

        foreach (var (key, stats) in _groups)
        {
            if (!other._groups.TryGetValue(key, out var o) || stats != o)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AggregateTable);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Options, _groups.Count);

    /// <summary>Describes the table.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{_groups.Count} groups ({Options})";

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

    private static AggregateTable Freeze(AggregationOptions options, Dictionary<AggregateKey, GroupAccumulator> acc)
    {
        var groups = new Dictionary<AggregateKey, ReviewStatistics>(acc.Count);
        foreach (var (key, group) in acc)
        {
            groups.Add(key, group.Freeze());
        }

        return new AggregateTable(options, groups);
    }
}

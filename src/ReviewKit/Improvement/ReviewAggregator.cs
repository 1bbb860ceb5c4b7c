using System.Runtime.InteropServices;

namespace ReviewKit.Improvement;

/// <summary>
/// Aggregates <see cref="ReviewObservation"/>s in one streaming pass into an <see cref="AggregateTable"/>: one
/// <see cref="ReviewStatistics"/> per group (period, and location, source, dimension as the options say).
/// </summary>
/// <remarks>
/// <para>Memory is bounded by the number of groups and of distinct themes per group, never by the number of observations.
/// Run one aggregator per partition, thread or machine and merge their tables with
/// <see cref="AggregateTable.Merge(AggregateTable, AggregateTable)"/>: the result is exactly the table of all observations.</para>
/// <para>Not thread-safe: an aggregator is mutable and meant for one thread. The tables it returns are immutable.</para>
/// </remarks>
public sealed class ReviewAggregator
{
    private const int DayCacheSize = 1024;
    private const long TicksPerDay = 864_000_000_000L;
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private readonly Dictionary<AggregateKey, GroupAccumulator> _groups = [];
    private readonly long[] _cachedDays = new long[DayCacheSize];
    private readonly LocalDate[] _cachedPeriods = new LocalDate[DayCacheSize];
    private readonly bool[] _cacheFilled = new bool[DayCacheSize];

    /// <summary>Creates an aggregator.</summary>
    /// <param name="options">How to group; <see langword="null"/> for <see cref="AggregationOptions.Default"/>.</param>
    public ReviewAggregator(AggregationOptions? options = null) => Options = options ?? AggregationOptions.Default;

    /// <summary>Gets how the aggregator groups observations.</summary>
    public AggregationOptions Options { get; }

    /// <summary>Gets the number of observations added so far.</summary>
    public long ObservationCount { get; private set; }

    /// <summary>Gets the number of groups so far.</summary>
    public int GroupCount => _groups.Count;

    /// <summary>Adds one observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <exception cref="ArgumentException"><paramref name="observation"/> is the default value.</exception>
    public void Add(in ReviewObservation observation)
    {
        if (observation.Source == default)
        {
            throw new ArgumentException("observation is the default (uninitialised) ReviewObservation.", nameof(observation));
        }

        var key = new AggregateKey(
            PeriodOf(observation.ReceivedAt),
            Options.ByLocation ? observation.LocationId : null,
            Options.BySource ? observation.Source : null,
            Options.ByDimension ? observation.Dimension : null);
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        group ??= new GroupAccumulator();
        group.Add(observation);
        ObservationCount++;
    }

    /// <summary>Adds observations.</summary>
    /// <param name="observations">The observations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">An observation is the default value.</exception>
    public void AddRange(IEnumerable<ReviewObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var o in observations)
        {
            Add(o);
        }
    }

    /// <summary>Adds observations.</summary>
    /// <param name="observations">The observations.</param>
    /// <exception cref="ArgumentException">An observation is the default value.</exception>
    public void AddRange(ReadOnlySpan<ReviewObservation> observations)
    {
        foreach (ref readonly var o in observations)
        {
            Add(o);
        }
    }

    /// <summary>Returns an immutable snapshot of the groups so far; the aggregator can go on.</summary>
    /// <returns>The table.</returns>
    public AggregateTable ToTable() => AggregateTable.FromAccumulators(Options, _groups);

    private LocalDate PeriodOf(Instant instant)
    {
        var offset = Options.Zone.GetUtcOffset(instant);
        var day = Math.DivRem(instant.ToUnixTimeTicks() + offset.Ticks, TicksPerDay, out var rem);
        if (rem < 0)
        {
            day--;
        }

        var slot = (int)(day & (DayCacheSize - 1));
        if (_cacheFilled[slot] && _cachedDays[slot] == day)
        {
            return _cachedPeriods[slot];
        }

        var period = Periods.StartOf(Epoch.PlusDays((int)day), Options.Granularity);
        _cachedDays[slot] = day;
        _cachedPeriods[slot] = period;
        _cacheFilled[slot] = true;
        return period;
    }
}

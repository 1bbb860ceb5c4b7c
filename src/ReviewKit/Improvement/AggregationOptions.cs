namespace ReviewKit.Improvement;

/// <summary>How a <see cref="ReviewAggregator"/> groups observations: the period length, the time zone periods are local to,
/// and which of location, source and host dimension are part of the group key.</summary>
/// <remarks>
/// Two tables can only be merged when they were computed with equal options. Equality compares every property (the zone by id).
/// Immutable and thread-safe.
/// </remarks>
public sealed class AggregationOptions : IEquatable<AggregationOptions>
{
    /// <summary>Creates options.</summary>
    /// <param name="granularity">The period length. The default is <see cref="PeriodGranularity.Month"/>.</param>
    /// <param name="zone">The time zone that periods are local to; <see langword="null"/> for UTC (the default).</param>
    /// <param name="byLocation">Whether the location is part of the group key. The default is <see langword="true"/>.</param>
    /// <param name="bySource">Whether the source is part of the group key. The default is <see langword="false"/>.</param>
    /// <param name="byDimension">Whether the host dimension is part of the group key. The default is <see langword="false"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not defined.</exception>
    public AggregationOptions(
        PeriodGranularity granularity = PeriodGranularity.Month,
        DateTimeZone? zone = null,
        bool byLocation = true,
        bool bySource = false,
        bool byDimension = false)
    {
        Granularity = Guard.Defined(granularity, nameof(granularity));
        Zone = zone ?? DateTimeZone.Utc;
        ByLocation = byLocation;
        BySource = bySource;
        ByDimension = byDimension;
    }

    /// <summary>Gets the default options: monthly periods in UTC, grouped by location.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>Gets the period length.</summary>
    public PeriodGranularity Granularity { get; }

    /// <summary>Gets the time zone that periods are local to.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets a value indicating whether the location is part of the group key.</summary>
    public bool ByLocation { get; }

    /// <summary>Gets a value indicating whether the source is part of the group key.</summary>
    public bool BySource { get; }

    /// <summary>Gets a value indicating whether the host dimension is part of the group key.</summary>
    public bool ByDimension { get; }

    /// <summary>Returns the first day of the period that contains <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The period's first day.</returns>
    public LocalDate PeriodStart(LocalDate date) => Periods.StartOf(date, Granularity);

    /// <summary>Returns the first day of the period that contains <paramref name="instant"/> in <see cref="Zone"/>.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>The period's first day.</returns>
    public LocalDate PeriodStart(Instant instant) => Periods.StartOf(instant.InZone(Zone).Date, Granularity);

    /// <summary>Returns the first day of the period <paramref name="count"/> periods after the one starting at <paramref name="periodStart"/>.</summary>
    /// <param name="periodStart">The first day of a period.</param>
    /// <param name="count">How many periods to move; negative to move back.</param>
    /// <returns>The first day of the target period.</returns>
    public LocalDate PlusPeriods(LocalDate periodStart, int count) => Periods.Plus(Periods.StartOf(periodStart, Granularity), Granularity, count);

    /// <inheritdoc/>
    public bool Equals(AggregationOptions? other) =>
        other is not null && Granularity == other.Granularity && Zone.Id == other.Zone.Id
        && ByLocation == other.ByLocation && BySource == other.BySource && ByDimension == other.ByDimension;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AggregationOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Granularity, Zone.Id, ByLocation, BySource, ByDimension);

    /// <summary>Describes the options, for example <c>Month in Europe/Paris by location</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Granularity} in {Zone.Id}{(ByLocation ? " by location" : string.Empty)}{(BySource ? " by source" : string.Empty)}{(ByDimension ? " by dimension" : string.Empty)}";

    /// <summary>Compares two options for equality.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AggregationOptions? left, AggregationOptions? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two options for inequality.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AggregationOptions? left, AggregationOptions? right) => !(left == right);
}

using System.Collections.Immutable;
using ReviewKit.Reviews;

namespace ReviewKit.Improvement;

/// <summary>
/// What a <see cref="QualityReport"/> covers: the locations (hotels, shops, business units) and the review sources
/// whose reviews it counts. An empty list means "all".
/// </summary>
/// <remarks>
/// <para>Locations are the hosts' location ids or names, in the order given; duplicates are rejected.</para>
/// <para>Value equality (order matters). Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportScope : IEquatable<ReportScope>
{
    private const int MaxEntries = 1_000;

    /// <summary>Creates a scope.</summary>
    /// <param name="locations">The locations covered; empty for all locations. Each 1 to 512 characters, not blank, no duplicates.</param>
    /// <param name="sources">The review sources covered; empty for all sources. No default value, no duplicates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="locations"/> or <paramref name="sources"/> is null.</exception>
    /// <exception cref="ArgumentException">A location is blank, too long or repeated; a source is the default value or repeated; more than 1,000 entries.</exception>
    public ReportScope(IEnumerable<string> locations, IEnumerable<ReviewSource> sources)
    {
        Locations = ReportChecks.Labels(locations, nameof(locations), MaxEntries, Guard.MaxLabelLength);
        if (Locations.Distinct(StringComparer.Ordinal).Count() != Locations.Length)
        {
            throw new ArgumentException("locations must not contain the same location twice.", nameof(locations));
        }

        ArgumentNullException.ThrowIfNull(sources);
        Sources = [.. sources];
        if (Sources.Length > MaxEntries)
        {
            throw new ArgumentException("sources has more than 1,000 entries.", nameof(sources));
        }

        foreach (var source in Sources)
        {
            Guard.NotDefault(source, nameof(sources));
        }

        if (Sources.Distinct().Count() != Sources.Length)
        {
            throw new ArgumentException("sources must not contain the same source twice.", nameof(sources));
        }
    }

    /// <summary>Gets the scope of every location and every source.</summary>
    public static ReportScope All { get; } = new([], []);

    /// <summary>Gets the locations covered; empty when the report covers all locations.</summary>
    public ImmutableArray<string> Locations { get; }

    /// <summary>Gets the review sources covered; empty when the report covers all sources.</summary>
    public ImmutableArray<ReviewSource> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(ReportScope? other) =>
        other is not null
        && ReportChecks.SequenceEqual(Locations, other.Locations)
        && ReportChecks.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportScope);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ReportChecks.SequenceHash(Locations), ReportChecks.SequenceHash(Sources));

    /// <summary>Compares two scopes for equality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ReportScope? left, ReportScope? right) => Equals(left, right);

    /// <summary>Compares two scopes for inequality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ReportScope? left, ReportScope? right) => !Equals(left, right);
}

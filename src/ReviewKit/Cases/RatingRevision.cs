using ReviewKit.Reviews;

namespace ReviewKit.Cases;

/// <summary>
/// A change of rating between two revisions of a case's review: a first-class fact, because a customer who raises
/// their rating after the business resolved the case is the proof that the handling worked.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RatingRevision
{
    internal RatingRevision(Rating? previous, Rating? current, Instant at, bool afterResolution)
    {
        Previous = previous;
        Current = current;
        At = at;
        AfterResolution = afterResolution;
    }

    /// <summary>Gets the rating before the revision, or <see langword="null"/> when there was none.</summary>
    public Rating? Previous { get; }

    /// <summary>Gets the rating after the revision, or <see langword="null"/> when it was removed.</summary>
    public Rating? Current { get; }

    /// <summary>Gets when the revision was recorded in the case.</summary>
    public Instant At { get; }

    /// <summary>Gets a value indicating whether the case had been resolved at least once before the revision.</summary>
    public bool AfterResolution { get; }

    /// <summary>Gets the change of the normalised rating (positive when raised); zero when either side is missing.</summary>
    public double NormalizedChange => Previous is { } p && Current is { } c ? c.Normalized - p.Normalized : 0;

    /// <summary>Gets a value indicating whether the rating went up.</summary>
    public bool IsRaised => NormalizedChange > 0;

    /// <summary>Gets a value indicating whether the rating went down.</summary>
    public bool IsLowered => NormalizedChange < 0;

    /// <summary>Gets a value indicating whether this is a recovery: the rating went up after the case was resolved.</summary>
    public bool IsRecovery => IsRaised && AfterResolution;
}
